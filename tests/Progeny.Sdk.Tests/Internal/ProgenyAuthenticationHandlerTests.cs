using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Progeny.Sdk.Tests.TestSupport;
using WireMock.RequestBuilders;

namespace Progeny.Sdk.Tests.Internal;

/// <summary>The bearer header, and the one renewal and one byte-identical resend after a 401, seen by the server.</summary>
public sealed class ProgenyAuthenticationHandlerTests : IDisposable
{
    private const string TokenNotValid = """{"detail": "Given token not valid for any token type", "code": "token_not_valid"}""";

    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static void StubFor(ProgenyWireMock server, string path, string method, string access, int status, string body) =>
        server.Server.Given(Request.Create().WithPath(path).UsingMethod(method).WithHeader("Authorization", $"Bearer {access}"))
            .RespondWith(ProgenyWireMock.Json(status, body));

    [Fact]
    public async Task SendAsync_ServiceRequests_CarryBearerAndTokenRequestsDoNot()
    {
        var (a1, r1, a2) = (Jwt.LongLived(), Jwt.LongLived("refresh"), Jwt.LongLived());
        using var server = ProgenyWireMock.Start().StubLogin(a1, r1).StubRefresh(a2, Jwt.LongLived("refresh")).StubSubmit();
        StubFor(server, ProgenyWireMock.TaskPath, "GET", a1, 401, TokenNotValid);
        StubFor(server, ProgenyWireMock.TaskPath, "GET", a2, 200, DocumentationSamples.OcrPassportTask);
        using var client = new ProgenyClient(server.Options(), new ObservedFakeTimeProvider());

        await client.SubmitOcrPassportAsync(ProgenyImage.FromBytes(TestImages.Jpeg, "p.jpg"));
        await client.WaitForOcrPassportAsync(DocumentationSamples.TaskId);

        server.Received.Select(r => (r.Path, Bearer.Of(r))).ShouldBe(
        [
            (ProgenyWireMock.ObtainPath, null),
            (ProgenyWireMock.OcrPassportPath, a1),
            (ProgenyWireMock.TaskPath, a1),
            (ProgenyWireMock.RefreshPath, null),
            (ProgenyWireMock.TaskPath, a2),
        ]);
    }

    [Theory]
    [InlineData(ImageSource.Bytes)]
    [InlineData(ImageSource.SeekableStream)]
    [InlineData(ImageSource.ForwardOnlyStream)]
    [InlineData(ImageSource.File)]
    public async Task SendAsync_UploadAnswered401_RenewsOnceAndResendsIdenticalBytesOnce(ImageSource source)
    {
        var bytes = TestImages.JpegOfSize(200_000);
        Random.Shared.NextBytes(bytes.AsSpan(TestImages.Jpeg.Length));
        var (a1, r1, a2) = (Jwt.LongLived(), Jwt.LongLived("refresh"), Jwt.LongLived());
        using var server = ProgenyWireMock.Start().StubLogin(a1, r1).StubRefresh(a2, Jwt.LongLived("refresh"));
        StubFor(server, ProgenyWireMock.OcrPassportPath, "POST", a1, 401, TokenNotValid);
        StubFor(server, ProgenyWireMock.OcrPassportPath, "POST", a2, 200, DocumentationSamples.TaskCreated);
        using var client = new ProgenyClient(server.Options(), new ObservedFakeTimeProvider());

        var taskId = await client.SubmitOcrPassportAsync(_files.Image(source, bytes));

        taskId.ShouldBe(DocumentationSamples.TaskId);
        server.Obtains.Count.ShouldBe(1);
        server.Refreshes.Count.ShouldBe(1);
        MultipartBody.Parse(server.Refreshes.Single()).Single().Text.ShouldBe(r1);
        var posts = server.Posts;
        posts.Select(Bearer.Of).ShouldBe([a1, a2]);
        MultipartBody.Header(posts[1], "Content-Type").ShouldBe(MultipartBody.Header(posts[0], "Content-Type"));
        posts[0].BodyAsBytes.ShouldNotBeNull().Length.ShouldBeGreaterThan(bytes.Length);
        posts[1].BodyAsBytes.ShouldBe(posts[0].BodyAsBytes, "the resent body is byte-identical");
        var image = MultipartBody.Parse(posts[1]).Single(p => p.Name == "passport_image");
        image.Content.ShouldBe(bytes);
        image.FileName.ShouldBe("passport.jpg");
        image.ContentType.ShouldBe("image/jpeg");
    }

    [Fact]
    public async Task SendAsync_UploadAnswered401ThroughDependencyInjection_ResendsIdenticalBytesOnce()
    {
        var (a1, a2) = (Jwt.LongLived(), Jwt.LongLived());
        using var server = ProgenyWireMock.Start().StubLogin(a1).StubRefresh(a2, Jwt.LongLived("refresh"));
        StubFor(server, ProgenyWireMock.OcrPassportPath, "POST", a1, 401, TokenNotValid);
        StubFor(server, ProgenyWireMock.OcrPassportPath, "POST", a2, 200, DocumentationSamples.TaskCreated);
        var services = new ServiceCollection();
        services.AddProgenyClient(o =>
        {
            o.BaseAddress = server.BaseAddress;
            o.Username = ProgenyWireMock.Username;
            o.Password = ProgenyWireMock.Password;
        });
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IProgenyClient>().SubmitOcrPassportAsync(_files.Image(ImageSource.ForwardOnlyStream, TestImages.Jpeg));

        server.Posts.Select(Bearer.Of).ShouldBe([a1, a2]);
        server.Posts[1].BodyAsBytes.ShouldBe(server.Posts[0].BodyAsBytes);
        MultipartBody.Parse(server.Posts[1]).Single(p => p.Name == "passport_image").Content.ShouldBe(TestImages.Jpeg);
        server.Refreshes.Count.ShouldBe(1);
        server.Obtains.Count.ShouldBe(1);
    }

    [Fact]
    public async Task SendAsync_UploadAnswered401Twice_FailsWithoutLooping()
    {
        var (a1, a2) = (Jwt.LongLived(), Jwt.LongLived());
        using var server = ProgenyWireMock.Start().StubLogin(a1).StubRefresh(a2, Jwt.LongLived("refresh")).StubTask();
        server.Server.Given(Request.Create().WithPath(ProgenyWireMock.OcrPassportPath).UsingPost()).RespondWith(ProgenyWireMock.Json(401, TokenNotValid));
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(), fake);

        var exception = await Record.ExceptionAsync(() => fake.DriveAsync(client.OcrPassportAsync(ProgenyImage.FromBytes(TestImages.Jpeg, "p.jpg"))));

        var refused = exception.ShouldBeOfType<ProgenyAuthenticationException>();
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        refused.ToString().ShouldNotContain(a1);
        refused.ToString().ShouldNotContain(a2);
        server.Posts.Select(Bearer.Of).ShouldBe([a1, a2]);
        server.Obtains.Count.ShouldBe(1);
        server.Refreshes.Count.ShouldBe(1);
        server.Gets.ShouldBeEmpty();
    }

    [Fact]
    public async Task SendAsync_StatusRequestAnswered401Twice_FailsWithoutLoopingOrPolling()
    {
        var (a1, a2) = (Jwt.LongLived(), Jwt.LongLived());
        using var server = ProgenyWireMock.Start().StubLogin(a1).StubRefresh(a2, Jwt.LongLived("refresh"));
        server.StubTask(TokenNotValid, status: 401);
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(), fake);

        var exception = await Record.ExceptionAsync(() => fake.DriveAsync(client.WaitForOcrPassportAsync(DocumentationSamples.TaskId)));

        exception.ShouldBeOfType<ProgenyAuthenticationException>();
        server.Gets.Select(Bearer.Of).ShouldBe([a1, a2]);
        server.Obtains.Count.ShouldBe(1);
        server.Refreshes.Count.ShouldBe(1);
    }

    [Fact]
    public async Task SendAsync_UploadAnswered401AndRenewalRefused_NoSecondUpload()
    {
        var a1 = Jwt.LongLived();
        using var server = ProgenyWireMock.Start();
        server.StubSequence(ProgenyWireMock.ObtainPath, "POST",
            ProgenyWireMock.Json(200, ProgenySamples.TokenPair(a1, Jwt.LongLived("refresh"))),
            ProgenyWireMock.Json(401, DocumentationSamples.ObtainUnauthorized));
        server.Server.Given(Request.Create().WithPath(ProgenyWireMock.RefreshPath).UsingPost()).RespondWith(ProgenyWireMock.Json(401, TokenNotValid));
        server.Server.Given(Request.Create().WithPath(ProgenyWireMock.OcrPassportPath).UsingPost()).RespondWith(ProgenyWireMock.Json(401, TokenNotValid));
        using var client = new ProgenyClient(server.Options(), new ObservedFakeTimeProvider());

        var exception = await Record.ExceptionAsync(() => client.SubmitOcrPassportAsync(ProgenyImage.FromBytes(TestImages.Jpeg, "p.jpg")));

        exception.ShouldBeOfType<ProgenyAuthenticationException>().ToString().ShouldNotContain(ProgenyWireMock.Password);
        server.Posts.Count.ShouldBe(1);
        server.Refreshes.Count.ShouldBe(1);
        server.Obtains.Count.ShouldBe(2);
    }
}

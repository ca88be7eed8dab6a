using System.Net;
using Progeny.Sdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Progeny.Sdk.Tests.Internal;

/// <summary>Login, renewal before expiry, one renewal for many callers, fallback to login, refused credentials: counted on the wire.</summary>
public sealed class ProgenyTokenManagerTests
{
    private static readonly TimeSpan AccessLifetime = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RefreshLifetime = TimeSpan.FromDays(14);

    /// <summary>The refresh request's only field, <c>refresh</c>.</summary>
    private static string RefreshField(WireMock.IRequestMessage request)
    {
        var part = MultipartBody.Parse(request).ShouldHaveSingleItem();
        part.Name.ShouldBe("refresh");
        return part.Text;
    }

    /// <summary>Answers status requests carrying <paramref name="access"/> with <paramref name="status"/> and <paramref name="body"/>.</summary>
    private static void StubTaskFor(ProgenyWireMock server, string access, int status, string body) =>
        server.Server.Given(Request.Create().WithPath(ProgenyWireMock.TaskPath).UsingGet().WithHeader("Authorization", $"Bearer {access}"))
            .RespondWith(ProgenyWireMock.Json(status, body));

    [Fact]
    public async Task GetAccessTokenAsync_TwentyConcurrentCalls_LogInOnce()
    {
        var access = Jwt.LongLived();
        using var server = ProgenyWireMock.Start().StubTask();
        server.Server.Given(Request.Create().WithPath(ProgenyWireMock.ObtainPath).UsingPost())
            .RespondWith(ProgenyWireMock.Json(200, ProgenySamples.TokenPair(access, Jwt.LongLived("refresh"))).WithDelay(TimeSpan.FromMilliseconds(200)));
        using var client = new ProgenyClient(server.Options(), new ObservedFakeTimeProvider());

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.WaitForOcrPassportAsync(DocumentationSamples.TaskId)));

        results.Length.ShouldBe(20);
        server.Obtains.Count.ShouldBe(1);
        Bearer.Of(server.Obtains.Single()).ShouldBeNull();
        server.Gets.Count.ShouldBe(20);
        server.Gets.ShouldAllBe(r => Bearer.Of(r) == access);
        server.Refreshes.ShouldBeEmpty();
    }

    [Fact]
    public async Task GetAccessTokenAsync_NearExpiry_RefreshesOnceWithCurrentRefreshTokenAndUsesTheRotatedOneNext()
    {
        var fake = new ObservedFakeTimeProvider();
        var t0 = fake.GetUtcNow();
        var (a1, r1) = (Jwt.Access(t0 + AccessLifetime), Jwt.Refresh(t0 + RefreshLifetime));
        var t1 = t0 + TimeSpan.FromMinutes(4.75);
        var (a2, r2) = (Jwt.Access(t1 + AccessLifetime), Jwt.Refresh(t1 + RefreshLifetime));
        var t2 = t1 + TimeSpan.FromMinutes(4.75);
        var (a3, r3) = (Jwt.Access(t2 + AccessLifetime), Jwt.Refresh(t2 + RefreshLifetime));
        using var server = ProgenyWireMock.Start().StubLogin(a1, r1).StubTask();
        server.StubSequence(ProgenyWireMock.RefreshPath, "POST",
            ProgenyWireMock.Json(200, ProgenySamples.TokenPair(a2, r2)),
            ProgenyWireMock.Json(200, ProgenySamples.TokenPair(a3, r3)));
        using var client = new ProgenyClient(server.Options(), fake);

        await client.WaitForOcrPassportAsync(DocumentationSamples.TaskId);
        fake.Advance(TimeSpan.FromMinutes(4)); // before exp minus the renewal margin: the token is still used
        await client.WaitForOcrPassportAsync(DocumentationSamples.TaskId);
        server.Refreshes.ShouldBeEmpty();

        fake.SetUtcNow(t1); // 15 s before exp: past the renewal margin
        await client.WaitForOcrPassportAsync(DocumentationSamples.TaskId);
        server.Refreshes.Count.ShouldBe(1);
        RefreshField(server.Refreshes[0]).ShouldBe(r1);
        Bearer.Of(server.Refreshes[0]).ShouldBeNull();

        fake.SetUtcNow(t2);
        await client.WaitForOcrPassportAsync(DocumentationSamples.TaskId);

        server.Obtains.Count.ShouldBe(1);
        server.Refreshes.Count.ShouldBe(2);
        RefreshField(server.Refreshes[1]).ShouldBe(r2, "the rotated refresh token is kept and used");
        server.Gets.Select(Bearer.Of).ShouldBe([a1, a1, a2, a3]);
    }

    [Fact]
    public async Task GetAccessTokenAsync_RefreshAnswersAccessOnly_KeepsThePreviousRefreshToken()
    {
        var fake = new ObservedFakeTimeProvider();
        var t0 = fake.GetUtcNow();
        var (a1, r1) = (Jwt.Access(t0 + AccessLifetime), Jwt.Refresh(t0 + RefreshLifetime));
        var t1 = t0 + TimeSpan.FromMinutes(4.75);
        var a2 = Jwt.Access(t1 + AccessLifetime);
        var t2 = t1 + TimeSpan.FromMinutes(4.75);
        using var server = ProgenyWireMock.Start().StubLogin(a1, r1).StubTask();
        server.StubSequence(ProgenyWireMock.RefreshPath, "POST",
            ProgenyWireMock.Json(200, $$"""{"access": "{{a2}}"}"""),
            ProgenyWireMock.Json(200, ProgenySamples.TokenPair(Jwt.Access(t2 + AccessLifetime), r1)));
        using var client = new ProgenyClient(server.Options(), fake);

        await client.WaitForOcrPassportAsync(DocumentationSamples.TaskId);
        fake.SetUtcNow(t1);
        await client.WaitForOcrPassportAsync(DocumentationSamples.TaskId);
        fake.SetUtcNow(t2);
        await client.WaitForOcrPassportAsync(DocumentationSamples.TaskId);

        server.Obtains.Count.ShouldBe(1);
        server.Refreshes.Select(RefreshField).ShouldBe([r1, r1]);
    }

    [Fact]
    public async Task GetAccessTokenAsync_RefreshTokenExpired_LogsInInsteadOfRefreshing()
    {
        var fake = new ObservedFakeTimeProvider();
        var t0 = fake.GetUtcNow();
        using var server = ProgenyWireMock.Start().StubTask();
        server.StubSequence(ProgenyWireMock.ObtainPath, "POST",
            ProgenyWireMock.Json(200, ProgenySamples.TokenPair(Jwt.Access(t0 + AccessLifetime), Jwt.Refresh(t0 + TimeSpan.FromMinutes(10)))),
            ProgenyWireMock.Json(200, ProgenySamples.TokenPair(Jwt.LongLived(), Jwt.LongLived("refresh"))));
        server.StubRefresh(Jwt.LongLived(), Jwt.LongLived("refresh"));
        using var client = new ProgenyClient(server.Options(), fake);

        await client.WaitForOcrPassportAsync(DocumentationSamples.TaskId);
        fake.Advance(TimeSpan.FromMinutes(11));
        await client.WaitForOcrPassportAsync(DocumentationSamples.TaskId);

        server.Obtains.Count.ShouldBe(2);
        server.Refreshes.ShouldBeEmpty();
    }

    [Fact]
    public async Task RenewAsync_TwentyConcurrent401s_RefreshOnce()
    {
        var (a1, r1, a2) = (Jwt.LongLived(), Jwt.LongLived("refresh"), Jwt.LongLived());
        using var server = ProgenyWireMock.Start().StubLogin(a1, r1);
        server.Server.Given(Request.Create().WithPath(ProgenyWireMock.RefreshPath).UsingPost())
            .RespondWith(ProgenyWireMock.Json(200, ProgenySamples.TokenPair(a2, Jwt.LongLived("refresh"))).WithDelay(TimeSpan.FromMilliseconds(200)));
        StubTaskFor(server, a1, 401, """{"detail": "Given token not valid for any token type", "code": "token_not_valid"}""");
        StubTaskFor(server, a2, 200, DocumentationSamples.OcrPassportTask);
        using var client = new ProgenyClient(server.Options(), new ObservedFakeTimeProvider());

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.WaitForOcrPassportAsync(DocumentationSamples.TaskId)));

        results.ShouldAllBe(r => r.RecordId == 2188);
        server.Obtains.Count.ShouldBe(1);
        server.Refreshes.Count.ShouldBe(1);
        RefreshField(server.Refreshes.Single()).ShouldBe(r1);
        server.Gets.Count(r => Bearer.Of(r) == a1).ShouldBe(20);
        server.Gets.Count(r => Bearer.Of(r) == a2).ShouldBe(20, "each 401 is resent once with the renewed token");
    }

    [Fact]
    public async Task RenewAsync_TwentyConcurrent401sAndRefreshRefused_OneRefreshThenExactlyOneLogin()
    {
        var (a1, r1, a2) = (Jwt.LongLived(), Jwt.LongLived("refresh"), Jwt.LongLived());
        using var server = ProgenyWireMock.Start();
        server.StubSequence(ProgenyWireMock.ObtainPath, "POST",
            ProgenyWireMock.Json(200, ProgenySamples.TokenPair(a1, r1)),
            ProgenyWireMock.Json(200, ProgenySamples.TokenPair(a2, Jwt.LongLived("refresh"))).WithDelay(TimeSpan.FromMilliseconds(100)),
            ProgenyWireMock.Json(200, ProgenySamples.TokenPair(Jwt.LongLived(), Jwt.LongLived("refresh"))));
        server.Server.Given(Request.Create().WithPath(ProgenyWireMock.RefreshPath).UsingPost())
            .RespondWith(ProgenyWireMock.Json(401, """{"detail": "Token is blacklisted", "code": "token_not_valid"}""").WithDelay(TimeSpan.FromMilliseconds(100)));
        StubTaskFor(server, a1, 401, """{"detail": "Given token not valid for any token type", "code": "token_not_valid"}""");
        StubTaskFor(server, a2, 200, DocumentationSamples.OcrPassportTask);
        server.StubSubmit();
        using var client = new ProgenyClient(server.Options(), new ObservedFakeTimeProvider());
        await client.SubmitOcrPassportAsync(ProgenyImage.FromBytes(TestImages.Jpeg, "p.jpg")); // logs in: a1
        server.Obtains.Count.ShouldBe(1);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.WaitForOcrPassportAsync(DocumentationSamples.TaskId)));

        results.ShouldAllBe(r => r.RecordId == 2188);
        server.Refreshes.Count.ShouldBe(1);
        RefreshField(server.Refreshes.Single()).ShouldBe(r1);
        server.Obtains.Count.ShouldBe(2, "exactly one new login after the refused refresh");
        server.Gets.Count(r => Bearer.Of(r) == a2).ShouldBe(20);
    }

    [Fact]
    public async Task GetAccessTokenAsync_CredentialsRefused_ThrowsAuthenticationAfterExactlyOneAttempt()
    {
        using var server = ProgenyWireMock.Start().StubSubmit().StubTask();
        server.Server.Given(Request.Create().WithPath(ProgenyWireMock.ObtainPath).UsingPost())
            .RespondWith(ProgenyWireMock.Json(401, DocumentationSamples.ObtainUnauthorized));
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(), fake);

        var exception = await Record.ExceptionAsync(() => fake.DriveAsync(client.OcrPassportAsync(ProgenyImage.FromBytes(TestImages.Jpeg, "p.jpg"))));

        var refused = exception.ShouldBeOfType<ProgenyAuthenticationException>();
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        refused.ResponseExcerpt.ShouldNotBeNull().ShouldContain("No active account found with the given credentials");
        refused.ToString().ShouldNotContain(ProgenyWireMock.Password);
        server.Obtains.Count.ShouldBe(1);
        server.Posts.ShouldBeEmpty();
        server.Gets.ShouldBeEmpty();
    }

    [Fact]
    public async Task GetAccessTokenAsync_CredentialsRefusedWhileWaiting_NoStatusRequest()
    {
        using var server = ProgenyWireMock.Start().StubTask();
        server.Server.Given(Request.Create().WithPath(ProgenyWireMock.ObtainPath).UsingPost())
            .RespondWith(ProgenyWireMock.Json(401, DocumentationSamples.ObtainUnauthorized));
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(), fake);

        var exception = await Record.ExceptionAsync(() => fake.DriveAsync(client.WaitForOcrPassportAsync(DocumentationSamples.TaskId)));

        exception.ShouldBeOfType<ProgenyAuthenticationException>();
        server.Obtains.Count.ShouldBe(1, "refused credentials are not retried by the polling");
        server.Gets.ShouldBeEmpty();
    }

    [Fact]
    public async Task GetAccessTokenAsync_LoginOutlastsRequestTimeout_ThrowsProgenyExceptionNotCancellation()
    {
        using var server = ProgenyWireMock.Start().StubSubmit();
        server.Server.Given(Request.Create().WithPath(ProgenyWireMock.ObtainPath).UsingPost())
            .RespondWith(ProgenyWireMock.Json(200, ProgenySamples.TokenPair(Jwt.LongLived(), Jwt.LongLived("refresh"))).WithDelay(TimeSpan.FromSeconds(5)));
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(o => o.RequestTimeout = TimeSpan.FromSeconds(10)), fake);

        var exception = await Record.ExceptionAsync(() => fake.DriveAsync(client.SubmitOcrPassportAsync(ProgenyImage.FromBytes(TestImages.Jpeg, "p.jpg"))));

        exception.ShouldBeOfType<ProgenyException>().Message.ShouldContain("log in");
        server.Posts.ShouldBeEmpty();
    }

    [Fact]
    public async Task GetAccessTokenAsync_LoginAnswersMalformedBody_ThrowsProgenyException()
    {
        using var server = ProgenyWireMock.Start().StubSubmit();
        server.Server.Given(Request.Create().WithPath(ProgenyWireMock.ObtainPath).UsingPost())
            .RespondWith(ProgenyWireMock.Json(200, """{"access": """));
        using var client = new ProgenyClient(server.Options(), new ObservedFakeTimeProvider());

        var exception = await Record.ExceptionAsync(() => client.SubmitOcrPassportAsync(ProgenyImage.FromBytes(TestImages.Jpeg, "p.jpg")));

        exception.ShouldBeOfType<ProgenyException>();
        server.Obtains.Count.ShouldBe(1);
        server.Posts.ShouldBeEmpty();
    }
}

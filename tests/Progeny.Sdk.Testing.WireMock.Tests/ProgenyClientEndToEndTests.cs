using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Progeny.Sdk.Testing.WireMock.Tests.Support;
using WireMock.Server;

namespace Progeny.Sdk.Testing.WireMock.Tests;

/// <summary>ocr_passport through <see cref="ProgenyClient"/> against the stubs; the other services' clients are not written yet.</summary>
public sealed class ProgenyClientEndToEndTests : IDisposable
{
    private readonly WireMockServer _server = StubServer.Start();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task OcrPassportAsync_AStubbedPassport_ReturnsItsTypedDocumentAndSendsTheImageOnce()
    {
        var progeny = _server.GivenProgeny().WithOcrPassport(StubPassportDocument.Sample with
        {
            DocumentNumber = "AB1234567",
            DateOfExpiry = new DateOnly(2031, 5, 31),
            Sex = "M",
        });
        using var client = new ProgenyClient(progeny.FakeTimeOptions(), _time);
        var image = await File.ReadAllBytesAsync("passport.jpg");

        var result = await _time.RunAsync(client.OcrPassportAsync(ProgenyImage.FromBytes(image, "passport.jpg")));

        result.Document.DocumentNumber.ShouldBe("AB1234567");
        result.Document.DateOfExpiry.ShouldBe(new DateOnly(2031, 5, 31));
        result.Document.DateOfBirth.ShouldBe(new DateOnly(1991, 9, 24));
        result.Document.DateOfIssue.ShouldBeNull();
        result.Document.Sex.ShouldBe(Sex.Male);
        result.RecordId.ShouldBe(2188);
        var upload = progeny.Uploads.ShouldHaveSingleItem();
        upload.Files["passport_image"].Content.ToArray().ShouldBe(image);
        upload.Files["passport_image"].ContentType.ShouldBe("image/jpeg");
        upload.Fields["extend_data"].ShouldBe("false");
        result.TaskId.ShouldBe(upload.TaskId);
        progeny.Received(ProgenyEndpoint.TokenObtain).Count.ShouldBe(1);
        progeny.Received(ProgenyEndpoint.TaskStatus).Count.ShouldBe(1);
    }

    [Fact]
    public async Task OcrPassportAsync_Submission500_ThrowsApiErrorSayingATaskMayExistAndNeverResends()
    {
        var progeny = _server.GivenProgeny().WithFault(ProgenyEndpoint.OcrPassport, StubFault.InternalServerError());
        using var client = new ProgenyClient(progeny.FakeTimeOptions(), _time);

        var failure = await Should.ThrowAsync<ProgenyApiException>(_time.RunAsync(client.OcrPassportAsync(ProgenyImage.FromBytes(TestImages.Jpeg, "passport.jpg"))));

        failure.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        failure.Message.ShouldContain("A task may have been created");
        progeny.Received(ProgenyEndpoint.OcrPassport).Count.ShouldBe(1);
    }

    [Fact]
    public async Task OcrPassportAsync_NeverEndingTask_ThrowsTimeoutWithTheTaskId()
    {
        var progeny = _server.GivenProgeny().WithOcrPassport(StubTask.NeverEnding());
        var options = progeny.FakeTimeOptions();
        options.PollingTimeout = TimeSpan.FromSeconds(10);
        using var client = new ProgenyClient(options, _time);

        var failure = await Should.ThrowAsync<ProgenyTaskTimeoutException>(_time.RunAsync(client.OcrPassportAsync(ProgenyImage.FromBytes(TestImages.Jpeg, "passport.jpg"))));

        failure.TaskId.ShouldBe(progeny.Uploads.ShouldHaveSingleItem().TaskId);
        failure.LastStatus.ShouldBe(new ProgenyTaskStatus("STARTED"));
    }

    [Fact]
    public async Task OcrPassportAsync_AccessTokenExpired_RefreshesOnceAndKeepsTheRotatedRefreshToken()
    {
        var progeny = _server.GivenProgeny(new ProgenyStubOptions { TimeProvider = _time });
        using var client = new ProgenyClient(progeny.FakeTimeOptions(), _time);
        var image = ProgenyImage.FromBytes(TestImages.Jpeg, "passport.jpg");

        await _time.RunAsync(client.OcrPassportAsync(image));
        _time.Advance(TimeSpan.FromMinutes(6));
        await _time.RunAsync(client.OcrPassportAsync(image));
        _time.Advance(TimeSpan.FromMinutes(6));
        await _time.RunAsync(client.OcrPassportAsync(image));

        progeny.Received(ProgenyEndpoint.TokenObtain).Count.ShouldBe(1);
        var refreshes = progeny.Received(ProgenyEndpoint.TokenRefresh);
        refreshes.Count.ShouldBe(2);
        refreshes[1].Body.ShouldNotBe(refreshes[0].Body);
        progeny.Uploads.Select(upload => upload.StatusCode).ShouldBe([200, 200, 200]);
    }

    [Fact]
    public async Task OcrPassportAsync_TokensRevoked_RenewsWithOneNewLoginAndResendsTheUploadOnce()
    {
        var progeny = _server.GivenProgeny();
        using var client = new ProgenyClient(progeny.FakeTimeOptions(), _time);
        var image = ProgenyImage.FromBytes(TestImages.Jpeg, "passport.jpg");
        await _time.RunAsync(client.OcrPassportAsync(image));

        progeny.RevokeAllTokens();
        var result = await _time.RunAsync(client.OcrPassportAsync(image));

        result.Document.DocumentNumber.ShouldBe("XX008080");
        progeny.Received(ProgenyEndpoint.TokenObtain).Count.ShouldBe(2);
        progeny.Uploads.Select(upload => upload.StatusCode).ShouldBe([200, 401, 200]);
        progeny.Uploads[2].Files["passport_image"].Content.ToArray().ShouldBe(TestImages.Jpeg);
    }

    [Fact]
    public async Task AddProgenyClient_ConfiguredByTheStubs_ReadsThePassport()
    {
        var progeny = _server.GivenProgeny();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddProgenyClient(options =>
        {
            progeny.Configure(options);
            options.RequestTimeout = options.UploadTimeout = TimeSpan.FromHours(1);
        });
        await using var provider = services.BuildServiceProvider();

        var result = await _time.RunAsync(provider.GetRequiredService<IProgenyClient>().OcrPassportAsync(ProgenyImage.FromBytes(TestImages.Jpeg, "passport.jpg")));

        result.Document.LastName.ShouldBe("PERFILOVA");
    }

    [Fact]
    public async Task GivenProgeny_CalledAgain_ReplacesTheStubsAndTheirTokens()
    {
        var first = _server.GivenProgeny().WithOcrPassport(StubPassportDocument.Sample with { DocumentNumber = "FIRST" });
        var second = _server.GivenProgeny(new ProgenyStubOptions { Username = "other-user" });
        using var client = new ProgenyClient(second.FakeTimeOptions(), _time);

        var result = await _time.RunAsync(client.OcrPassportAsync(ProgenyImage.FromBytes(TestImages.Jpeg, "passport.jpg")));

        result.Document.DocumentNumber.ShouldBe("XX008080");
        first.ClientOptions().Username.ShouldBe("progeny-user");
    }
}

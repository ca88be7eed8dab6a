using Progeny.Sdk.Reliability.Tests.Support;
using Progeny.Sdk.Testing;

namespace Progeny.Sdk.Reliability.Tests;

/// <summary>
/// Design §4.2 and §4.3: a 401 leads to one renewal and one byte-identical resend (forward-only streams too), a second
/// 401 fails without a loop; concurrent callers share one refresh, a refused refresh one login, refused credentials one
/// login attempt. Counts are the server's.
/// </summary>
public sealed class TokenRenewalTests
{
    [Fact]
    public async Task OcrPassportAsync_UnauthorizedUploadFromForwardOnlyStream_RenewsOnceAndResendsIdenticalBytes()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        using var client = fake.CreateClient();
        await client.WaitForOcrPassportAsync(fake.CreateTask());
        fake.RevokeAllTokens();
        var bytes = TestImages.JpegWith("forward-only stream", payloadBytes: 100_000);

        var result = await client.OcrPassportAsync(ProgenyImage.FromStream(new ForwardOnlyStream(new MemoryStream(bytes)), "passport.jpg"));

        result.Document.DocumentNumber.ShouldBe("XX008080");
        var uploads = fake.Recording.Uploads;
        uploads.Select(u => u.Request.StatusCode).ShouldBe([401, 200]);
        uploads.ShouldAllBe(u => u.FileSha256 == TestImages.Sha256(bytes) && u.FileLength == bytes.Length);
        fake.Recording.RequestsTo(FakeEndpoint.TokenRefresh).Select(r => r.StatusCode).ShouldBe([401]);
        fake.Recording.LoginCount.ShouldBe(2);
    }

    [Fact]
    public async Task OcrPassportAsync_UnauthorizedUploadFromFile_ResendsIdenticalBytes()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        using var client = fake.CreateClient();
        var bytes = TestImages.JpegWith("file", payloadBytes: 300_000);
        var path = Path.Combine(Path.GetTempPath(), $"progeny-{Guid.NewGuid():N}.jpg");
        await File.WriteAllBytesAsync(path, bytes);
        try
        {
            fake.InjectFault(FakeFault.Status(401, """{"detail": "Given token not valid for any token type", "code": "token_not_valid"}"""), FakeEndpoint.OcrPassport);

            await client.OcrPassportAsync(ProgenyImage.FromFile(path));

            fake.Recording.Uploads.Select(u => u.FileSha256).ShouldBe([TestImages.Sha256(bytes), TestImages.Sha256(bytes)]);
            fake.Recording.RefreshCount.ShouldBe(1);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task SubmitOcrPassportAsync_SecondUnauthorized_FailsWithoutLooping()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = fake.CreateClient();
        fake.InjectFault(FakeFault.Status(401, """{"detail": "Given token not valid for any token type"}"""), FakeEndpoint.OcrPassport, times: 10);

        var failure = await Should.ThrowAsync<ProgenyAuthenticationException>(() => client.SubmitOcrPassportAsync(TestImages.Image()));

        failure.Message.ShouldNotContain("task may");
        await Task.Delay(300);
        fake.Recording.UploadCount.ShouldBe(2);
        fake.Recording.RefreshCount.ShouldBe(1);
        fake.Recording.LoginCount.ShouldBe(1);
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_SecondUnauthorized_FailsWithoutLooping()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        using var client = fake.CreateClient();
        var task = fake.CreateTask();
        fake.InjectFault(FakeFault.Status(401), FakeEndpoint.TaskStatus, times: 10);

        await Should.ThrowAsync<ProgenyAuthenticationException>(() => client.WaitForOcrPassportAsync(task));

        await Task.Delay(300);
        fake.Recording.StatusReadCount.ShouldBe(2);
        fake.Recording.RefreshCount.ShouldBe(1);
        fake.Recording.LoginCount.ShouldBe(1);
    }

    [Fact]
    public async Task OcrPassportAsync_TokensRevokedWhileTwentyCallsRun_OneRefusedRefreshOneLoginAllSucceed()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        using var client = fake.CreateClient();

        var calls = Enumerable.Range(0, 20).Select(i => client.OcrPassportAsync(TestImages.Image(TestImages.JpegWith($"call {i}")))).ToList();
        while (fake.Recording.RequestsTo(FakeEndpoint.OcrPassport).Count(r => r.StatusCode == 200) < 20)
        {
            await Task.Delay(5);
        }

        fake.RevokeAllTokens();  // every access and refresh token issued so far; the polls start about 1 s after each upload
        var results = await Task.WhenAll(calls);

        results.ShouldAllBe(r => r.Document.DocumentNumber == "XX008080");
        fake.Recording.UploadCount.ShouldBe(20);
        fake.Recording.RequestsTo(FakeEndpoint.TokenRefresh).Select(r => r.StatusCode).ShouldBe([401]);
        fake.Recording.LoginCount.ShouldBe(2);
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_TwentyCallsAfterTheAccessTokenExpired_ExactlyOneRefresh()
    {
        var clock = new DrivenClock();
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [], TimeProvider = clock });
        var options = new ProgenyClientOptions();
        fake.Configure(options);
        using var client = new ProgenyClient(options, clock);
        await client.WaitForOcrPassportAsync(fake.CreateTask());
        clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.WaitForOcrPassportAsync(fake.CreateTask())));

        results.Length.ShouldBe(20);
        fake.Recording.RequestsTo(FakeEndpoint.TokenRefresh).Select(r => r.StatusCode).ShouldBe([200]);
        fake.Recording.LoginCount.ShouldBe(1);
        fake.Recording.RequestsTo(FakeEndpoint.TaskStatus).ShouldAllBe(r => r.StatusCode == 200);  // renewed before use: no 401
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_TwentyCallsWhenTheRefreshIsRefused_ExactlyOneLogin()
    {
        var clock = new DrivenClock();
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [], TimeProvider = clock });
        var options = new ProgenyClientOptions();
        fake.Configure(options);
        using var client = new ProgenyClient(options, clock);
        await client.WaitForOcrPassportAsync(fake.CreateTask());
        clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        fake.InjectFault(FakeFault.Status(401, """{"detail": "Token is blacklisted", "code": "token_not_valid"}"""), FakeEndpoint.TokenRefresh, times: 10);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.WaitForOcrPassportAsync(fake.CreateTask())));

        results.Length.ShouldBe(20);
        fake.Recording.RefreshCount.ShouldBe(1);
        fake.Recording.LoginCount.ShouldBe(2);
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_TenCallsWithRefusedCredentials_ExactlyOneLoginAttempt()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        using var client = fake.CreateClient(o => o.Password = "wrong password");
        fake.InjectFault(FakeFault.Delay(TimeSpan.FromMilliseconds(300)), FakeEndpoint.TokenObtain);  // all ten calls meet the same login
        var tasks = Enumerable.Range(0, 10).Select(_ => fake.CreateTask()).ToList();

        var calls = tasks.Select(task => Should.ThrowAsync<ProgenyAuthenticationException>(() => client.WaitForOcrPassportAsync(task))).ToList();
        await Task.WhenAll(calls);

        fake.Recording.LoginCount.ShouldBe(1);
        fake.Recording.StatusReadCount.ShouldBe(0);

        await Should.ThrowAsync<ProgenyAuthenticationException>(() => client.WaitForOcrPassportAsync(tasks[0]));
        fake.Recording.LoginCount.ShouldBe(2);  // one attempt per call: never retried within it
    }
}

using System.Net;
using Progeny.Sdk.Reliability.Tests.Support;
using Progeny.Sdk.Testing;

namespace Progeny.Sdk.Reliability.Tests;

/// <summary>
/// Design §4.1 and §4.5: a POST that may have reached the server is never retried (exactly one POST arrives, counted
/// by the server) and the caller is told a task may exist; a failure to connect says no task was created; a redirect
/// is an error and nothing is requested at its Location.
/// </summary>
public sealed class UploadFaultTests
{
    private const string MayExist = "A task may have been created";

    [Fact]
    public async Task SubmitOcrPassportAsync_ConnectionRefused_NothingArrivesAndNoTaskWasCreated()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        var recording = fake.Recording;

        // No pooled connection: each request connects anew, so the upload meets the closed port.
        await using var harness = ClientHarness.Create(fake, wrapPrimary: _ => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.Zero });
        await harness.Client.WaitForOcrPassportAsync(fake.CreateTask());
        await fake.DisposeAsync();

        var failure = await Should.ThrowAsync<ProgenyException>(() => harness.Client.SubmitOcrPassportAsync(TestImages.Image()));

        failure.Message.ShouldContain("no task was created");
        failure.InnerException.ShouldBeOfType<HttpRequestException>().HttpRequestError.ShouldBe(HttpRequestError.ConnectionError);
        recording.UploadCount.ShouldBe(0);
        recording.LoginCount.ShouldBe(1);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(408)]
    [InlineData(429)]
    public async Task OcrPassportAsync_UploadAnsweredWithRetryableStatus_OnePostAndTaskMayExist(int status)
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        using var client = fake.CreateClient();
        fake.InjectFault(FakeFault.Status(status, """{"detail": "try again"}""", retryAfter: TimeSpan.FromSeconds(1)), FakeEndpoint.OcrPassport, times: 5);

        var failure = await Should.ThrowAsync<ProgenyApiException>(() => client.OcrPassportAsync(TestImages.Image()));

        failure.StatusCode.ShouldBe((HttpStatusCode)status);
        failure.Message.ShouldContain(MayExist);
        await Task.Delay(300);  // a late retry, had there been one, would arrive now
        fake.Recording.UploadCount.ShouldBe(1);
        fake.Recording.StatusReadCount.ShouldBe(0);
    }

    [Fact]
    public async Task SubmitOcrPassportAsync_ConnectionResetOnArrival_OnePostAndTaskMayExist()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = fake.CreateClient();
        fake.InjectFault(FakeFault.DropConnection(), FakeEndpoint.OcrPassport, times: 5);

        var failure = await Should.ThrowAsync<ProgenyException>(() => client.SubmitOcrPassportAsync(TestImages.Image()));

        failure.Message.ShouldContain(MayExist);
        await Task.Delay(300);
        fake.Recording.UploadCount.ShouldBe(1);
    }

    [Fact]
    public async Task SubmitOcrPassportAsync_ConnectionResetAfterTheBodyWasSent_OnePostAndTaskMayExist()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = fake.CreateClient();
        fake.InjectFault(FakeFault.DropConnection().After(TimeSpan.FromMilliseconds(200)), FakeEndpoint.OcrPassport, times: 5);

        var failure = await Should.ThrowAsync<ProgenyException>(() => client.SubmitOcrPassportAsync(TestImages.Image()));

        failure.Message.ShouldContain(MayExist);
        await Task.Delay(300);
        fake.Recording.UploadCount.ShouldBe(1);
    }

    [Fact]
    public async Task SubmitOcrPassportAsync_ConnectionResetAfterProcessing_OnePostTheTaskExistsAndTheCallerIsTold()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = fake.CreateClient();
        fake.InjectFault(FakeFault.DropConnectionAfterProcessing(), FakeEndpoint.OcrPassport, times: 5);

        var failure = await Should.ThrowAsync<ProgenyException>(() => client.SubmitOcrPassportAsync(TestImages.Image()));

        failure.Message.ShouldContain(MayExist);
        await Task.Delay(300);
        fake.Recording.UploadCount.ShouldBe(1);
        fake.Recording.CreatedTaskIds.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task SubmitOcrPassportAsync_AnswerSlowerThanUploadTimeout_OnePostAndTaskMayExist()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = fake.CreateClient(o => o.UploadTimeout = TimeSpan.FromMilliseconds(500));
        await client.WaitForOcrPassportAsync(fake.CreateTask());  // log in first: the timeout then covers the upload alone
        fake.InjectFault(FakeFault.Delay(TimeSpan.FromSeconds(5)), FakeEndpoint.OcrPassport, times: 5);

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var failure = await Should.ThrowAsync<ProgenyException>(() => client.SubmitOcrPassportAsync(TestImages.Image()));

        stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(4));
        failure.Message.ShouldContain("UploadTimeout");
        failure.Message.ShouldContain(MayExist);
        fake.Recording.UploadCount.ShouldBe(1);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("<html>502 Bad Gateway</html>")]
    [InlineData("{\"id\": null}")]
    [InlineData("")]
    public async Task SubmitOcrPassportAsync_AcceptedWithAnUnreadableAnswer_OnePostAndTaskMayExist(string body)
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = fake.CreateClient();
        fake.InjectFault(body == "truncated" ? FakeFault.TruncatedBody() : FakeFault.MalformedBody(body), FakeEndpoint.OcrPassport, times: 5);

        var failure = await Should.ThrowAsync<ProgenyException>(() => client.SubmitOcrPassportAsync(TestImages.Image()));

        failure.ShouldNotBeOfType<ProgenyTaskTimeoutException>();
        failure.Message.ShouldContain(MayExist);
        fake.Recording.UploadCount.ShouldBe(1);
        fake.Recording.CreatedTaskIds.ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(303)]
    [InlineData(307)]
    [InlineData(308)]
    public async Task SubmitOcrPassportAsync_UploadRedirected_NotFollowedAndNothingRequestedAtLocation(int status)
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        await using var front = await RedirectingFront.StartAsync(fake.BaseAddress, "/api/v3/services/ocr_passport/", status);
        await using var harness = ClientHarness.Create(fake, configure: o => o.BaseAddress = front.BaseAddress);

        var failure = await Should.ThrowAsync<ProgenyApiException>(() => harness.Client.SubmitOcrPassportAsync(TestImages.Image()));

        failure.StatusCode.ShouldBe((HttpStatusCode)status);
        failure.Message.ShouldContain("redirect");
        failure.Message.ShouldContain(MayExist);
        front.Redirected.ShouldHaveSingleItem();
        fake.Recording.LoginCount.ShouldBe(1);      // forwarded by the front
        fake.Recording.UploadCount.ShouldBe(0);     // the Location was never requested
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_StatusRedirected_NotFollowedAndNothingRequestedAtLocation()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        await using var front = await RedirectingFront.StartAsync(fake.BaseAddress, "/api/v3/services/task/", 302);
        await using var harness = ClientHarness.Create(fake, configure: o => o.BaseAddress = front.BaseAddress);

        var failure = await Should.ThrowAsync<ProgenyApiException>(() => harness.Client.WaitForOcrPassportAsync(fake.CreateTask()));

        failure.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        front.Redirected.ShouldHaveSingleItem();
        fake.Recording.StatusReadCount.ShouldBe(0);
    }
}

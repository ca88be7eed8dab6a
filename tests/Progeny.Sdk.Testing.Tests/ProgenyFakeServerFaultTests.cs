using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Progeny.Sdk.Testing.Tests.Support;

namespace Progeny.Sdk.Testing.Tests;

/// <summary>InjectFault: status codes with Retry-After, delays, dropped connections, malformed and truncated bodies.</summary>
public sealed class ProgenyFakeServerFaultTests
{
    [Fact]
    public async Task InjectFault_StatusWithRetryAfter_AnswersItForTheNextNRequestsThenRecovers()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);
        var task = fake.CreateTask();
        fake.InjectFault(FakeFault.Status(503, """{"detail": "Service temporarily unavailable, try again later."}""", TimeSpan.FromSeconds(7)), FakeEndpoint.TaskStatus, times: 2);

        using var first = await Wire.SendAsync(client, HttpMethod.Get, $"services/task/?id={task}", access);
        using var second = await Wire.SendAsync(client, HttpMethod.Get, $"services/task/?id={task}", access);
        var third = await Wire.ReadTaskAsync(client, access, task);

        first.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        first.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(7));
        (await first.Content.ReadAsStringAsync()).ShouldBeJson("""{"detail": "Service temporarily unavailable, try again later."}""");
        second.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        third.Body.ShouldBeJson("""{"id": null, "status": "PENDING", "result": null}""");  // faulted reads did not advance the task
        fake.Recording.RequestsTo(FakeEndpoint.TaskStatus).Select(r => r.StatusCode).ShouldBe([503, 503, 200]);
    }

    [Fact]
    public async Task InjectFault_StatusOnUpload_RecordsTheUploadButCreatesNoTask()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);
        fake.InjectFault(FakeFault.Status(429).WithRetryAfter(new DateTimeOffset(2015, 10, 21, 7, 28, 0, TimeSpan.Zero)), FakeEndpoint.OcrPassport);

        using var response = await Wire.SendAsync(client, HttpMethod.Post, "services/ocr_passport/", access, Wire.Upload());

        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter!.Date.ShouldBe(new DateTimeOffset(2015, 10, 21, 7, 28, 0, TimeSpan.Zero));
        fake.Recording.UploadCount.ShouldBe(1);
        fake.Recording.Uploads.ShouldHaveSingleItem().FileSha256.ShouldBe(Wire.Sha256(Wire.Jpeg));
        fake.Recording.CreatedTaskIds.ShouldBeEmpty();
    }

    [Fact]
    public async Task InjectFault_Delay_AnswersNormallyAfterTheDelay()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        fake.InjectFault(FakeFault.Delay(TimeSpan.FromMilliseconds(300)), FakeEndpoint.TokenObtain);

        var stopwatch = Stopwatch.StartNew();
        var (access, _) = await Wire.LoginAsync(client, fake);

        stopwatch.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(280));
        access.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task InjectFault_DropConnection_ResetsBeforeProcessing()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);
        fake.InjectFault(FakeFault.DropConnection(), FakeEndpoint.OcrPassport);

        await Should.ThrowAsync<HttpRequestException>(() => Wire.SendAsync(client, HttpMethod.Post, "services/ocr_passport/", access, Wire.Upload()));

        fake.Recording.UploadCount.ShouldBe(1);
        fake.Recording.Uploads.ShouldBeEmpty();
        fake.Recording.CreatedTaskIds.ShouldBeEmpty();
        fake.Recording.Requests[^1].StatusCode.ShouldBeNull();
    }

    [Fact]
    public async Task InjectFault_DropConnectionAfterProcessing_CreatesTheTaskButNeverAnswers()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);
        fake.InjectFault(FakeFault.DropConnectionAfterProcessing(), FakeEndpoint.OcrPassport);

        await Should.ThrowAsync<HttpRequestException>(() => Wire.SendAsync(client, HttpMethod.Post, "services/ocr_passport/", access, Wire.Upload()));

        var created = fake.Recording.CreatedTaskIds.ShouldHaveSingleItem();
        fake.Recording.Uploads.ShouldHaveSingleItem().TaskId.ShouldBe(created);
    }

    [Fact]
    public async Task InjectFault_TruncatedAndMalformedBodies_AreWellFramedButNotJson()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);
        var task = fake.CreateTask();
        fake.InjectFault(FakeFault.TruncatedBody(), FakeEndpoint.TaskStatus);
        fake.InjectFault(FakeFault.MalformedBody("<html>oops</html>"), FakeEndpoint.TaskStatus);

        var truncated = await Wire.ReadTaskAsync(client, access, task);
        var malformed = await Wire.ReadTaskAsync(client, access, task);
        var intact = await Wire.ReadTaskAsync(client, access, task);

        truncated.Status.ShouldBe(200);
        Compact(DocumentationSamples.OcrPassportTask).ShouldStartWith(truncated.Body);
        Should.Throw<JsonException>(() => JsonDocument.Parse(truncated.Body));
        malformed.Status.ShouldBe(200);
        malformed.Body.ShouldBe("<html>oops</html>");
        intact.Body.ShouldBeJson(DocumentationSamples.OcrPassportTask);
    }

    [Fact]
    public async Task InjectFault_OnAnyEndpoint_AppliesInOrderToWhicheverRequestComesNext()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        fake.InjectFault(FakeFault.Status(502).After(TimeSpan.FromMilliseconds(50)));
        fake.InjectFault(FakeFault.Status(500), FakeEndpoint.TokenRefresh);

        using var first = await client.PostAsync("accounts/token/obtain/", Wire.Form(("username", fake.Username), ("password", fake.Password)));
        var (_, refresh) = await Wire.LoginAsync(client, fake);
        using var refreshed = await client.PostAsync("accounts/token/refresh/", Wire.Form(("refresh", refresh)));
        using var again = await client.PostAsync("accounts/token/refresh/", Wire.Form(("refresh", refresh)));

        first.StatusCode.ShouldBe(HttpStatusCode.BadGateway);
        refreshed.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);  // the faulted refresh did not spend the token
        fake.ClearFaults();
    }

    private static string Compact(string json) => Wire.Compact(json);
}

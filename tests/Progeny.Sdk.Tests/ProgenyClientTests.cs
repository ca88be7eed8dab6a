using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Progeny.Sdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Progeny.Sdk.Tests;

/// <summary>The facade on the wire: upload, polling, the POST that is never retried, cancellation.</summary>
public sealed class ProgenyClientTests
{
    private const string TaskCreatedMessage = "may have been created";

    private const string NotFoundBody = """{"detail": "Not found."}""";

    /// <summary>How long the server holds the answer that a cancellation test cancels during.</summary>
    private static readonly TimeSpan HeldAnswer = TimeSpan.FromSeconds(3);

    /// <summary>A canceled call ends well before the held answer: with a margin for a loaded 2-core CI machine.</summary>
    private static readonly TimeSpan CanceledWithin = TimeSpan.FromSeconds(1.5);

    private static ProgenyImage Jpeg() => ProgenyImage.FromBytes(TestImages.Jpeg, "passport.jpg");

    // ---- happy path -------------------------------------------------------------------------------------------

    [Fact]
    public async Task OcrPassportAsync_DocumentationServer_LogsInUploadsPollsAndReturnsDocument()
    {
        var access = Jwt.LongLived();
        using var server = ProgenyWireMock.Start().StubLogin(access).StubSubmit().StubTask();
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(), fake);

        var result = await fake.DriveAsync(client.OcrPassportAsync(Jpeg()));

        result.TaskId.ShouldBe(DocumentationSamples.TaskId);
        result.Document.DocumentNumber.ShouldBe("XX008080");
        server.Received.Select(r => $"{r.Method} {r.Path}").ShouldBe(
        [
            $"POST {ProgenyWireMock.ObtainPath}",
            $"POST {ProgenyWireMock.OcrPassportPath}",
            $"GET {ProgenyWireMock.TaskPath}",
        ]);

        var login = server.Obtains.Single();
        Bearer.Of(login).ShouldBeNull();
        var credentials = MultipartBody.Parse(login).ToDictionary(p => p.Name, p => p.Text);
        credentials.ShouldBe(new Dictionary<string, string> { ["username"] = ProgenyWireMock.Username, ["password"] = ProgenyWireMock.Password }, ignoreOrder: true);

        var upload = server.Posts.Single();
        Bearer.Of(upload).ShouldBe(access);
        var parts = MultipartBody.Parse(upload);
        parts.Select(p => p.Name).ShouldBe(["passport_image", "extend_data"], ignoreOrder: true);
        var image = parts.Single(p => p.Name == "passport_image");
        image.FileName.ShouldBe("passport.jpg");
        image.ContentType.ShouldBe("image/jpeg");
        image.Content.ShouldBe(TestImages.Jpeg);
        parts.Single(p => p.Name == "extend_data").Text.ShouldBe("false");

        var status = server.Gets.Single();
        Bearer.Of(status).ShouldBe(access);
        status.RawQuery.ShouldBe($"?id={DocumentationSamples.TaskId}");
    }

    [Fact]
    public async Task SubmitAndWaitForOcrPassportAsync_ConstructedWithOptionsOnly_WorkWithoutDependencyInjection()
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubSubmit().StubTask();
        using var client = new ProgenyClient(server.Options());

        var taskId = await client.SubmitOcrPassportAsync(Jpeg());
        server.Gets.ShouldBeEmpty();
        var result = await client.WaitForOcrPassportAsync(taskId);

        taskId.ShouldBe(DocumentationSamples.TaskId);
        result.Document.LastName.ShouldBe("PERFILOVA");
        server.Obtains.Count.ShouldBe(1);
        server.Posts.Count.ShouldBe(1);
        server.Gets.Single().RawQuery.ShouldBe($"?id={DocumentationSamples.TaskId}");
    }

    [Theory]
    [InlineData(true, "true")]
    [InlineData(false, "false")]
    public async Task SubmitOcrPassportAsync_ExtendData_IsAlwaysSentAsText(bool extendData, string expected)
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubSubmit();
        using var client = new ProgenyClient(server.Options());

        await client.SubmitOcrPassportAsync(Jpeg(), new OcrPassportOptions { ExtendData = extendData });

        MultipartBody.Parse(server.Posts.Single()).Single(p => p.Name == "extend_data").Text.ShouldBe(expected);
    }

    [Fact]
    public async Task SubmitOcrPassportAsync_NoOptions_SendsExtendDataFalse()
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubSubmit();
        using var client = new ProgenyClient(server.Options());

        await client.SubmitOcrPassportAsync(ProgenyImage.FromBytes(TestImages.Png, "page.png"), options: null);

        var parts = MultipartBody.Parse(server.Posts.Single());
        parts.Single(p => p.Name == "extend_data").Text.ShouldBe("false");
        var image = parts.Single(p => p.Name == "passport_image");
        image.FileName.ShouldBe("page.png");
        image.ContentType.ShouldBe("image/png");
        image.Content.ShouldBe(TestImages.Png);
    }

    // ---- polling ----------------------------------------------------------------------------------------------

    [Fact]
    public async Task OcrPassportAsync_AfterUpload_FirstStatusRequestComesAboutOneSecondLater()
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubSubmit().StubTask();
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(), fake);

        var call = client.OcrPassportAsync(Jpeg());
        await Wait.UntilAsync(() => server.Posts.Count == 1, "the upload arrives");
        await fake.WaitForShortTimerAsync(1);

        fake.Advance(TimeSpan.FromMilliseconds(900));
        await Wait.SettleAsync();
        server.Gets.ShouldBeEmpty("no status request within 0.9 s of the upload");

        fake.Advance(TimeSpan.FromMilliseconds(200));
        await Wait.UntilAsync(() => server.Gets.Count == 1, "a status request by 1.1 s after the upload");
        (await call.WaitAsync(TimeSpan.FromSeconds(10))).TaskId.ShouldBe(DocumentationSamples.TaskId);
        server.Gets.Count.ShouldBe(1);
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_TaskIdFromElsewhere_NeverPostsAndAsksAtOnce()
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubSubmit().StubTask();
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(), fake);

        // Fake time never moves: the first status request must not wait for it.
        var result = await client.WaitForOcrPassportAsync(DocumentationSamples.TaskId).WaitAsync(TimeSpan.FromSeconds(10));

        result.Document.FirstName.ShouldBe("VALERIA");
        fake.GetUtcNow().ShouldBe(ObservedFakeTimeProvider.Epoch);
        server.Posts.ShouldBeEmpty();
        server.Gets.Single().RawQuery.ShouldBe($"?id={DocumentationSamples.TaskId}");
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_PendingThenStartedThenSuccess_PollsUntilSuccess()
    {
        using var server = ProgenyWireMock.Start().StubLogin();
        server.StubTaskSequence(
            (200, ProgenySamples.Status("PENDING")),
            (200, ProgenySamples.Status("STARTED")),
            (200, DocumentationSamples.OcrPassportTask));
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(), fake);

        var result = await fake.DriveAsync(client.WaitForOcrPassportAsync(DocumentationSamples.TaskId));

        result.RecordId.ShouldBe(2188);
        server.Gets.Count.ShouldBe(3);
        server.Gets.ShouldAllBe(r => r.RawQuery == $"?id={DocumentationSamples.TaskId}");
        server.Posts.ShouldBeEmpty();
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_ProgressThrows_WaitsOnAndReturnsTheResult()
    {
        using var server = ProgenyWireMock.Start().StubLogin();
        server.StubTaskSequence(
            (200, """{"id": 2188}"""),
            (200, ProgenySamples.Status("PENDING")),
            (200, DocumentationSamples.OcrPassportTask));
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(), fake);
        var statuses = new List<ProgenyTaskStatus>();

        var result = await fake.DriveAsync(client.WaitForOcrPassportAsync(DocumentationSamples.TaskId, new SynchronousProgress<ProgenyTaskStatus>(status =>
        {
            statuses.Add(status);
            throw new InvalidOperationException("the caller's display failed");
        })));

        result.Document.DocumentNumber.ShouldBe("XX008080");
        server.Gets.Count.ShouldBe(3);
        statuses.ShouldBe([new ProgenyTaskStatus("PENDING"), ProgenyTaskStatus.Success], "a body without a status is not reported");
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_WithProgress_ReportsEveryStatusAnsweredInOrder()
    {
        using var server = ProgenyWireMock.Start().StubLogin();
        server.StubTaskSequence(
            (200, ProgenySamples.Status("PENDING")),
            (503, "{}"),
            (200, ProgenySamples.Status("STARTED")),
            (200, DocumentationSamples.OcrPassportTask));
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(), fake);
        var statuses = new List<ProgenyTaskStatus>();

        await fake.DriveAsync(client.WaitForOcrPassportAsync(DocumentationSamples.TaskId, new SynchronousProgress<ProgenyTaskStatus>(statuses.Add)));

        server.Gets.Count.ShouldBe(4);
        statuses.ShouldBe([new ProgenyTaskStatus("PENDING"), new ProgenyTaskStatus("STARTED"), ProgenyTaskStatus.Success]);
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_StatusesNeverSeenBefore_KeepPolling()
    {
        using var server = ProgenyWireMock.Start().StubLogin();
        server.StubTaskSequence(
            (200, ProgenySamples.Status("RETRY")),
            (200, ProgenySamples.Status("WAITING_FOR_PROVIDER")),
            (200, """{"id": 2188, "status": ""}"""),
            (200, """{"id": 2188}"""),
            (200, """{"id": 2188, "status": null, "result": null}"""),
            (200, DocumentationSamples.OcrPassportTask));
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(), fake);

        var result = await fake.DriveAsync(client.WaitForOcrPassportAsync(DocumentationSamples.TaskId));

        result.Document.DocumentNumber.ShouldBe("XX008080");
        server.Gets.Count.ShouldBe(6);
    }

    [Theory]
    [InlineData("FAILURE")]
    [InlineData("REVOKED")]
    public async Task WaitForOcrPassportAsync_TaskFailedOrRevoked_ThrowsTaskFailedWithTaskId(string status)
    {
        using var server = ProgenyWireMock.Start().StubLogin();
        server.StubTaskSequence((200, ProgenySamples.Status("PENDING")), (200, ProgenySamples.Status(status)), (200, DocumentationSamples.OcrPassportTask));
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(), fake);

        var exception = await Record.ExceptionAsync(() => fake.DriveAsync(client.WaitForOcrPassportAsync(DocumentationSamples.TaskId)));

        var failed = exception.ShouldBeOfType<ProgenyTaskFailedException>();
        failed.TaskId.ShouldBe(DocumentationSamples.TaskId);
        failed.Status.Value.ShouldBe(status);
        server.Gets.Count.ShouldBe(2, "a failed task ends the polling");
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(408)]
    [InlineData(429)]
    public async Task WaitForOcrPassportAsync_TransientStatusCode_IsRetried(int statusCode)
    {
        using var server = ProgenyWireMock.Start().StubLogin();
        server.StubTaskSequence((statusCode, """{"detail": "try again"}"""), (statusCode, "<html>busy</html>"), (200, DocumentationSamples.OcrPassportTask));
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(), fake);

        var result = await fake.DriveAsync(client.WaitForOcrPassportAsync(DocumentationSamples.TaskId));

        result.TaskId.ShouldBe(DocumentationSamples.TaskId);
        server.Gets.Count.ShouldBe(3);
    }

    [Theory]
    [InlineData("""{"id": 2188, "status": "SUCC""")]
    [InlineData("""{"id": 2188, "status": "SUCCESS", "result": {"status": 200, "data": {"document": {"firstName": "VAL""")]
    [InlineData("not json at all")]
    [InlineData("")]
    [InlineData("[]")]
    public async Task WaitForOcrPassportAsync_MalformedOrTruncatedBody_IsRetried(string body)
    {
        using var server = ProgenyWireMock.Start().StubLogin();
        server.StubTaskSequence((200, body), (200, DocumentationSamples.OcrPassportTask));
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(), fake);

        var result = await fake.DriveAsync(client.WaitForOcrPassportAsync(DocumentationSamples.TaskId));

        result.Document.DocumentNumber.ShouldBe("XX008080");
        server.Gets.Count.ShouldBe(2);
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_DeeplyNestedBody_IsRetriedNotCrashed()
    {
        using var server = ProgenyWireMock.Start().StubLogin();
        var hostile = """{"id": 2188, "status": "SUCCESS", "result": {"status": 200, "data": {"document": {"x": """
            + string.Concat(Enumerable.Repeat("[", 5000)) + string.Concat(Enumerable.Repeat("]", 5000)) + "}}}}";
        server.StubTaskSequence((200, hostile), (200, DocumentationSamples.OcrPassportTask));
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(), fake);

        var result = await fake.DriveAsync(client.WaitForOcrPassportAsync(DocumentationSamples.TaskId));

        result.RecordId.ShouldBe(2188);
        server.Gets.Count.ShouldBe(2);
    }

    /// <summary>Retry-After as seconds (503 and 429), as an HTTP date, and beyond the 30 s cap; then the wait it sets.</summary>
    public static TheoryData<int, string, double> RetryAfters => new()
    {
        { 503, "5", 5 },
        { 429, "5", 5 },
        { 503, ObservedFakeTimeProvider.Epoch.AddSeconds(6).ToString("R", CultureInfo.InvariantCulture), 6 },
        { 503, "3600", 30 },
    };

    [Theory]
    [MemberData(nameof(RetryAfters))]
    public async Task WaitForOcrPassportAsync_RetryAfter_NoRequestBeforeItElapsesOrTheCap(int statusCode, string retryAfter, double waitSeconds)
    {
        using var server = ProgenyWireMock.Start().StubLogin();
        server.StubSequence(ProgenyWireMock.TaskPath, "GET",
            ProgenyWireMock.Json(statusCode, """{"detail": "slow down"}""").WithHeader("Retry-After", retryAfter),
            ProgenyWireMock.Json(200, DocumentationSamples.OcrPassportTask));
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(), fake);

        var call = client.WaitForOcrPassportAsync(DocumentationSamples.TaskId);
        await Wait.UntilAsync(() => server.Gets.Count == 1, "the first status request");
        await fake.WaitForTimerAsync(TimeSpan.FromSeconds(waitSeconds));

        fake.Advance(TimeSpan.FromSeconds(waitSeconds - 0.1));
        await Wait.SettleAsync();
        server.Gets.Count.ShouldBe(1, "Retry-After is a floor");

        fake.Advance(TimeSpan.FromSeconds(0.2));
        await Wait.UntilAsync(() => server.Gets.Count == 2, "the second status request once the wait elapsed");
        (await call.WaitAsync(TimeSpan.FromSeconds(10))).RecordId.ShouldBe(2188);
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_RetryAfterBeyondPollingTimeout_TimesOutWithoutWaitingPastIt()
    {
        using var server = ProgenyWireMock.Start().StubLogin();
        server.Server.Given(Request.Create().WithPath(ProgenyWireMock.TaskPath).UsingGet())
            .RespondWith(ProgenyWireMock.Json(503, "{}").WithHeader("Retry-After", "30"));
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(o => o.PollingTimeout = TimeSpan.FromSeconds(5)), fake);

        var exception = await Record.ExceptionAsync(() => fake.DriveAsync(client.WaitForOcrPassportAsync(DocumentationSamples.TaskId)));

        exception.ShouldBeOfType<ProgenyTaskTimeoutException>().TaskId.ShouldBe(DocumentationSamples.TaskId);
        (fake.GetUtcNow() - ObservedFakeTimeProvider.Epoch).ShouldBeLessThan(TimeSpan.FromSeconds(20), "it did not wait the 30 s asked for");
        server.Gets.Count.ShouldBe(1);
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_NotFoundUntilAWorkerPicksTheTaskUp_KeepsPollingToTheResult()
    {
        using var server = ProgenyWireMock.Start().StubLogin();
        server.StubTaskSequence((404, NotFoundBody), (404, NotFoundBody), (200, ProgenySamples.Status("STARTED")), (200, DocumentationSamples.OcrPassportTask));
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(), fake);

        var result = await fake.DriveAsync(client.WaitForOcrPassportAsync(DocumentationSamples.TaskId));

        result.Document.DocumentNumber.ShouldBe("XX008080");
        server.Gets.Count.ShouldBe(4);
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_NotFoundPastTheWindow_EndsAsNotFoundNotAsTimeout()
    {
        using var server = ProgenyWireMock.Start().StubLogin();
        server.StubTask(NotFoundBody, status: 404);
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(o => o.PollingTimeout = TimeSpan.FromMinutes(10)), fake);

        var exception = await fake.DriveTimersAsync(client.WaitForOcrPassportAsync(DocumentationSamples.TaskId));

        var notFound = exception.ShouldBeOfType<ProgenyApiException>();
        notFound.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        notFound.Message.ShouldContain($"Task {DocumentationSamples.TaskId} was not found");
        (fake.GetUtcNow() - ObservedFakeTimeProvider.Epoch).ShouldBeInRange(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(63));
        server.Gets.Count.ShouldBeInRange(30, 34);  // 0, 1, 2.5, 4.5, then every ~2 s to 60 s
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_PersistentHtmlServerErrors_TimeoutSaysWhatTheStatusRequestsAnswered()
    {
        const string djangoServerError = "<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Server Error (500)</title>\n</head>\n<body>\n  <h1>Server Error (500)</h1><p></p>\n</body>\n</html>\n";
        using var server = ProgenyWireMock.Start().StubLogin();
        server.StubTask(djangoServerError, status: 500);
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(o => o.PollingTimeout = TimeSpan.FromSeconds(20)), fake);

        var exception = await fake.DriveTimersAsync(client.WaitForOcrPassportAsync(DocumentationSamples.TaskId));

        var timeout = exception.ShouldBeOfType<ProgenyTaskTimeoutException>();
        var failed = server.Gets.Count;
        failed.ShouldBeGreaterThan(5);
        timeout.FailedStatusRequests.ShouldBe(failed);
        timeout.LastFailureStatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        timeout.LastStatus.ShouldBeNull();
        timeout.Message.ShouldContain($"the last {failed} status requests failed: HTTP 500 (HTML)");
        timeout.Message.ShouldNotContain("last status: none");
        timeout.InnerException.ShouldBeOfType<ProgenyApiException>().StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
    }

    [Theory]
    [InlineData(403)]
    [InlineData(400)]
    public async Task WaitForOcrPassportAsync_ClientErrorStatus_IsNotRetried(int statusCode)
    {
        using var server = ProgenyWireMock.Start().StubLogin();
        server.StubTaskSequence((statusCode, """{"detail": "Not found."}"""), (200, DocumentationSamples.OcrPassportTask));
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(), fake);

        var exception = await Record.ExceptionAsync(() => fake.DriveAsync(client.WaitForOcrPassportAsync(DocumentationSamples.TaskId)));

        var api = statusCode == 400 ? exception.ShouldBeOfType<ProgenyValidationException>() : exception.ShouldBeOfType<ProgenyApiException>();
        api.StatusCode.ShouldBe((HttpStatusCode)statusCode);
        server.Gets.Count.ShouldBe(1);
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_StatusRedirected_IsNotFollowed()
    {
        const string elsewhere = "/api/v3/services/task/elsewhere/";
        using var server = ProgenyWireMock.Start().StubLogin();
        server.Server.Given(Request.Create().WithPath(ProgenyWireMock.TaskPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(302).WithHeader("Location", $"http://127.0.0.1:{server.Server.Port}{elsewhere}"));
        server.Server.Given(Request.Create().WithPath(elsewhere)).RespondWith(ProgenyWireMock.Json(200, DocumentationSamples.OcrPassportTask));
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(), fake);

        var exception = await Record.ExceptionAsync(() => fake.DriveAsync(client.WaitForOcrPassportAsync(DocumentationSamples.TaskId)));

        exception.ShouldBeOfType<ProgenyApiException>().StatusCode.ShouldBe(HttpStatusCode.Found);
        server.At(elsewhere).ShouldBeEmpty();
        server.Gets.Count.ShouldBe(1);
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_TaskIdWithReservedCharacters_ThrowsArgumentBeforeAnyRequest()
    {
        const string taskId = "a b&id=other/?#";
        using var server = ProgenyWireMock.Start().StubLogin().StubTask(taskId: taskId);
        using var client = new ProgenyClient(server.Options());

        var exception = await Should.ThrowAsync<ArgumentException>(() => client.WaitForOcrPassportAsync(taskId));

        exception.ParamName.ShouldBe("taskId");
        await Wait.SettleAsync();
        server.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_PollingTimeoutSpent_ThrowsTimeoutWithTaskId()
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubTask(ProgenySamples.Status("PENDING"));
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(o => o.PollingTimeout = TimeSpan.FromSeconds(10)), fake);

        var exception = await Record.ExceptionAsync(() => fake.DriveAsync(client.WaitForOcrPassportAsync(DocumentationSamples.TaskId)));

        var timeout = exception.ShouldBeOfType<ProgenyTaskTimeoutException>();
        timeout.TaskId.ShouldBe(DocumentationSamples.TaskId);
        timeout.LastStatus.ShouldBe(ProgenyTaskStatus.Pending);
        timeout.Message.ShouldContain(DocumentationSamples.TaskId);
        // Fake time runs a little ahead while real I/O completes, so only the lower bound is exact.
        var elapsed = fake.GetUtcNow() - ObservedFakeTimeProvider.Epoch;
        elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(10));
        elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(25));
        server.Gets.Count.ShouldBeGreaterThanOrEqualTo(4, "it kept polling with backoff");
        server.Gets.Count.ShouldBeLessThanOrEqualTo(10, "it backed off");
    }

    [Fact]
    public async Task OcrPassportAsync_PollingTimeoutSpent_ThrowsTimeoutWithTheNewTaskId()
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubSubmit().StubTask(ProgenySamples.Status("STARTED"));
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(o => o.PollingTimeout = TimeSpan.FromSeconds(5)), fake);

        var exception = await Record.ExceptionAsync(() => fake.DriveAsync(client.OcrPassportAsync(Jpeg())));

        exception.ShouldBeOfType<ProgenyTaskTimeoutException>().TaskId.ShouldBe(DocumentationSamples.TaskId);
        server.Posts.Count.ShouldBe(1);
        server.Gets.Count.ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_StatusConnectionDropped_IsRetriedUntilPollingTimeout()
    {
        using var server = new DroppingServer(DropMode.ResetStatusRequests);
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(new ProgenyClientOptions
        {
            BaseAddress = server.BaseAddress,
            Username = "u",
            Password = "p",
            PollingTimeout = TimeSpan.FromSeconds(10),
            RequestTimeout = TimeSpan.FromHours(1),
        }, fake);

        var exception = await Record.ExceptionAsync(() => fake.DriveAsync(client.WaitForOcrPassportAsync(DocumentationSamples.TaskId)));

        var timeout = exception.ShouldBeOfType<ProgenyTaskTimeoutException>();
        timeout.TaskId.ShouldBe(DocumentationSamples.TaskId);
        timeout.InnerException.ShouldBeOfType<ProgenyException>().InnerException.ShouldBeOfType<HttpRequestException>();
        server.Count(ProgenyWireMock.TaskPath).ShouldBeGreaterThanOrEqualTo(3);
        server.Count(ProgenyWireMock.ObtainPath).ShouldBe(1);
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_StatusRequestHangingPastPollingTimeout_TimesOutOnTime()
    {
        using var server = ProgenyWireMock.Start().StubLogin();
        server.Server.Given(Request.Create().WithPath(ProgenyWireMock.TaskPath).UsingGet())
            .RespondWith(ProgenyWireMock.Json(200, DocumentationSamples.OcrPassportTask).WithDelay(TimeSpan.FromSeconds(10)));
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(o => o.PollingTimeout = TimeSpan.FromSeconds(5)), fake);

        var clock = Stopwatch.StartNew();
        var exception = await Record.ExceptionAsync(() => fake.DriveAsync(client.WaitForOcrPassportAsync(DocumentationSamples.TaskId)));

        exception.ShouldBeOfType<ProgenyTaskTimeoutException>().TaskId.ShouldBe(DocumentationSamples.TaskId);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(7), "the hanging request was abandoned when PollingTimeout was spent, not answered after 10 s");
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_StatusRequestHangingPastRequestTimeout_IsAbandonedAndRetried()
    {
        using var server = ProgenyWireMock.Start().StubLogin();
        server.StubSequence(ProgenyWireMock.TaskPath, "GET",
            ProgenyWireMock.Json(200, ProgenySamples.Status("PENDING")).WithDelay(TimeSpan.FromSeconds(12)),
            ProgenyWireMock.Json(200, DocumentationSamples.OcrPassportTask));
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(o => o.RequestTimeout = TimeSpan.FromSeconds(10)), fake);

        var clock = Stopwatch.StartNew();
        var result = await fake.DriveAsync(client.WaitForOcrPassportAsync(DocumentationSamples.TaskId));

        result.RecordId.ShouldBe(2188);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(8), "the first request was abandoned after RequestTimeout, not answered after 12 s");
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_LongPendingTask_PollsEveryAbout2SecondsUntilPollingTimeout()
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubTask(ProgenySamples.Status("PENDING"));
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(o => o.PollingTimeout = TimeSpan.FromSeconds(60)), fake);

        var exception = await Record.ExceptionAsync(() => fake.DriveAsync(client.WaitForOcrPassportAsync(DocumentationSamples.TaskId)));

        exception.ShouldBeOfType<ProgenyTaskTimeoutException>();
        // 1.9 s ±10% after the first (immediate) poll; it used to back off from 1 s to 2 s, which cost more requests for the same lag.
        var delays = fake.ShortTimers.Select(t => t.DueTime).ToList();
        delays.Count.ShouldBeGreaterThan(3);
        delays.ShouldAllBe(delay => delay >= TimeSpan.FromSeconds(1.71) && delay <= TimeSpan.FromSeconds(2.09));
        server.Gets.Count.ShouldBeInRange(delays.Count, delays.Count + 1, "one at once, then one after each delay");
        server.Gets.Count.ShouldBeLessThanOrEqualTo(33, "fewer requests than polling every second (60)");
    }

    // ---- the upload is never retried ---------------------------------------------------------------------------

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(408)]
    public async Task OcrPassportAsync_UploadAnsweredWithServerErrorOrTimeout_IsNotRetried(int statusCode)
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubTask();
        server.Server.Given(Request.Create().WithPath(ProgenyWireMock.OcrPassportPath).UsingPost())
            .RespondWith(ProgenyWireMock.Json(statusCode, """{"detail": "upstream trouble"}"""));
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(), fake);

        var exception = await Record.ExceptionAsync(() => fake.DriveAsync(client.OcrPassportAsync(Jpeg())));

        var api = exception.ShouldBeOfType<ProgenyApiException>();
        api.StatusCode.ShouldBe((HttpStatusCode)statusCode);
        api.Message.ShouldContain(TaskCreatedMessage, Case.Insensitive);
        server.Posts.Count.ShouldBe(1);
        server.Gets.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(303)]
    [InlineData(307)]
    [InlineData(308)]
    public async Task OcrPassportAsync_UploadRedirected_IsNotFollowed(int statusCode)
    {
        const string elsewhere = "/api/v3/services/ocr_passport/elsewhere/";
        using var server = ProgenyWireMock.Start().StubLogin().StubTask();
        server.Server.Given(Request.Create().WithPath(ProgenyWireMock.OcrPassportPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(statusCode).WithHeader("Location", $"http://127.0.0.1:{server.Server.Port}{elsewhere}"));
        server.Server.Given(Request.Create().WithPath(elsewhere)).RespondWith(ProgenyWireMock.Json(200, DocumentationSamples.TaskCreated));
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(), fake);

        var exception = await Record.ExceptionAsync(() => fake.DriveAsync(client.OcrPassportAsync(Jpeg())));

        var api = exception.ShouldBeOfType<ProgenyApiException>();
        api.StatusCode.ShouldBe((HttpStatusCode)statusCode);
        api.Message.ShouldContain(TaskCreatedMessage, Case.Insensitive);
        server.At(elsewhere).ShouldBeEmpty();
        server.Posts.Count.ShouldBe(1);
        server.Gets.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(DropMode.ResetBeforeAnswer)]
    [InlineData(DropMode.ResetMidAnswer)]
    public async Task OcrPassportAsync_ConnectionDroppedAfterUpload_IsNotRetried(DropMode mode)
    {
        using var server = new DroppingServer(mode);
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(new ProgenyClientOptions
        {
            BaseAddress = server.BaseAddress,
            Username = ProgenyWireMock.Username,
            Password = ProgenyWireMock.Password,
            RequestTimeout = TimeSpan.FromHours(1),
            UploadTimeout = TimeSpan.FromHours(1),
        }, fake);

        var exception = await Record.ExceptionAsync(() => fake.DriveAsync(client.OcrPassportAsync(Jpeg())));

        exception.ShouldBeOfType<ProgenyException>().Message.ShouldContain(TaskCreatedMessage, Case.Insensitive);
        exception.InnerException?.ShouldBeOfType<HttpRequestException>();
        server.Count(ProgenyWireMock.OcrPassportPath).ShouldBe(1);
        server.Count(ProgenyWireMock.TaskPath).ShouldBe(0);
    }

    [Fact]
    public async Task SubmitOcrPassportAsync_UploadConnectionRefused_SaysNoTaskWasCreated()
    {
        using var server = new DroppingServer(DropMode.RefuseUploadConnection);
        using var client = new ProgenyClient(new ProgenyClientOptions { BaseAddress = server.BaseAddress, Username = "u", Password = "p" });

        var exception = await Record.ExceptionAsync(() => client.SubmitOcrPassportAsync(Jpeg()));

        var failure = exception.ShouldBeOfType<ProgenyException>();
        failure.Message.ShouldContain("no task was created");
        failure.InnerException.ShouldBeOfType<HttpRequestException>();
        server.Count(ProgenyWireMock.ObtainPath).ShouldBe(1);
        server.Count(ProgenyWireMock.OcrPassportPath).ShouldBe(0);
    }

    [Fact]
    public async Task SubmitOcrPassportAsync_UploadOutlastsUploadTimeout_ThrowsWithoutRetrying()
    {
        using var server = ProgenyWireMock.Start().StubLogin();
        server.Server.Given(Request.Create().WithPath(ProgenyWireMock.OcrPassportPath).UsingPost())
            .RespondWith(ProgenyWireMock.Json(200, DocumentationSamples.TaskCreated).WithDelay(TimeSpan.FromSeconds(6)));
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(o => o.UploadTimeout = TimeSpan.FromSeconds(10)), fake);

        var call = client.SubmitOcrPassportAsync(Jpeg());
        await Wait.UntilAsync(() => server.Obtains.Count == 1, "the login");
        var clock = Stopwatch.StartNew();
        var exception = await Record.ExceptionAsync(() => fake.DriveAsync(call));

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(4), "the upload was abandoned after UploadTimeout, not answered after 6 s");
        var failure = exception.ShouldBeOfType<ProgenyException>();
        failure.Message.ShouldContain("UploadTimeout");
        failure.Message.ShouldContain(TaskCreatedMessage, Case.Insensitive);
        await Wait.UntilAsync(() => server.Posts.Count == 1, "the server to log the upload it was holding");
        await Wait.SettleAsync();
        server.Posts.Count.ShouldBe(1);
    }

    [Fact]
    public async Task OcrPassportAsync_UploadAnsweredWithEmptyResponse_IsNotRetried()
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubTask();
        server.Server.Given(Request.Create().WithPath(ProgenyWireMock.OcrPassportPath).UsingPost())
            .RespondWith(Response.Create().WithFault(FaultType.EMPTY_RESPONSE));
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(), fake);

        var exception = await Record.ExceptionAsync(() => fake.DriveAsync(client.OcrPassportAsync(Jpeg())));

        exception.ShouldBeOfType<ProgenyException>().Message.ShouldContain(TaskCreatedMessage, Case.Insensitive);
        server.Posts.Count.ShouldBe(1);
        server.Gets.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("{\"id\": ")]
    [InlineData("{}")]
    [InlineData("""{"id": ""}""")]
    [InlineData("<html>Bad gateway</html>")]
    public async Task SubmitOcrPassportAsync_SuccessWithoutTaskId_ThrowsWithoutRetrying(string body)
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubSubmit(body);
        using var client = new ProgenyClient(server.Options());

        var exception = await Record.ExceptionAsync(() => client.SubmitOcrPassportAsync(Jpeg()));

        exception.ShouldBeOfType<ProgenyException>().Message.ShouldContain(TaskCreatedMessage, Case.Insensitive);
        server.Posts.Count.ShouldBe(1);
    }

    [Fact]
    public async Task SubmitOcrPassportAsync_FieldErrors_ThrowsValidationWithDocumentedErrors()
    {
        using var server = ProgenyWireMock.Start().StubLogin();
        server.Server.Given(Request.Create().WithPath(ProgenyWireMock.OcrPassportPath).UsingPost())
            .RespondWith(ProgenyWireMock.Json(400, DocumentationSamples.OcrPassportBadRequest));
        using var client = new ProgenyClient(server.Options());

        var exception = await Record.ExceptionAsync(() => client.SubmitOcrPassportAsync(Jpeg()));

        var validation = exception.ShouldBeOfType<ProgenyValidationException>();
        validation.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        validation.Errors["passport_image"].ShouldBe(["No file was submitted."]);
        validation.Errors["extend_data"].ShouldBe(["This field is required."]);
        validation.Errors["selfie_image"].ShouldBe(["No file was submitted."]);
        validation.Message.ShouldNotContain(TaskCreatedMessage, Case.Insensitive);
        server.Posts.Count.ShouldBe(1);
    }

    // ---- cancellation ------------------------------------------------------------------------------------------

    [Fact]
    public async Task WaitForOcrPassportAsync_CanceledWhilePolling_ThrowsOperationCanceledQuickly()
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubTask(ProgenySamples.Status("PENDING"));
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(), fake);
        using var cancellation = new CancellationTokenSource();

        var call = client.WaitForOcrPassportAsync(DocumentationSamples.TaskId, cancellation.Token);
        await Wait.UntilAsync(() => server.Gets.Count == 1, "the first status request");
        await fake.WaitForShortTimerAsync(1);
        var clock = Stopwatch.StartNew();
        await cancellation.CancelAsync();
        var exception = await Record.ExceptionAsync(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
        clock.Stop();

        exception.ShouldBeAssignableTo<OperationCanceledException>();
        clock.Elapsed.ShouldBeLessThan(CanceledWithin);
        fake.Advance(TimeSpan.FromMinutes(1));
        await Wait.SettleAsync();
        server.Gets.Count.ShouldBe(1, "no status request after cancellation");
    }

    [Fact]
    public async Task OcrPassportAsync_CanceledDuringUpload_ThrowsOperationCanceledQuickly()
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubTask();
        server.Server.Given(Request.Create().WithPath(ProgenyWireMock.OcrPassportPath).UsingPost())
            .RespondWith(ProgenyWireMock.Json(200, DocumentationSamples.TaskCreated).WithDelay(HeldAnswer));
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(), fake);
        using var cancellation = new CancellationTokenSource();

        var call = client.OcrPassportAsync(Jpeg(), cancellationToken: cancellation.Token);
        await Wait.UntilAsync(() => server.Obtains.Count == 1, "the login");
        await Task.Delay(300); // the upload is now held by the server
        var clock = Stopwatch.StartNew();
        await cancellation.CancelAsync();
        var exception = await Record.ExceptionAsync(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
        clock.Stop();

        exception.ShouldBeAssignableTo<OperationCanceledException>();
        ((OperationCanceledException)exception!).CancellationToken.ShouldBe(cancellation.Token);
        clock.Elapsed.ShouldBeLessThan(CanceledWithin);
        await Wait.UntilAsync(() => server.Posts.Count == 1, "the server to log the upload it was holding");
        server.Gets.ShouldBeEmpty();
    }

    [Fact]
    public async Task SubmitOcrPassportAsync_CanceledDuringLogin_ThrowsOperationCanceledQuicklyAndNeverUploads()
    {
        using var server = ProgenyWireMock.Start().StubSubmit();
        server.Server.Given(Request.Create().WithPath(ProgenyWireMock.ObtainPath).UsingPost())
            .RespondWith(ProgenyWireMock.Json(200, ProgenySamples.TokenPair(Jwt.LongLived(), Jwt.LongLived("refresh"))).WithDelay(HeldAnswer));
        using var client = new ProgenyClient(server.Options(), new ObservedFakeTimeProvider());
        using var cancellation = new CancellationTokenSource();

        var call = client.SubmitOcrPassportAsync(Jpeg(), cancellationToken: cancellation.Token);
        await Task.Delay(300); // the login is now held by the server
        var clock = Stopwatch.StartNew();
        await cancellation.CancelAsync();
        var exception = await Record.ExceptionAsync(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
        clock.Stop();

        exception.ShouldBeAssignableTo<OperationCanceledException>();
        clock.Elapsed.ShouldBeLessThan(CanceledWithin);
        await Wait.UntilAsync(() => server.Obtains.Count == 1, "the server to log the login it was holding");
        await Wait.SettleAsync();
        server.Posts.ShouldBeEmpty();
    }

    [Fact]
    public async Task OcrPassportAsync_CanceledWhileTheTransportIgnoresIt_EndsAtOnceWithTheCallersToken()
    {
        var transport = new UnresponsiveHandler();
        var services = new ServiceCollection();
        services.AddProgenyClient(options =>
        {
            options.BaseAddress = new Uri("http://127.0.0.1:9/api/v3/");
            options.Username = "user";
            options.Password = "password";
        }).ConfigurePrimaryHttpMessageHandler(() => transport);
        using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IProgenyClient>();
        using var cancellation = new CancellationTokenSource();

        var call = client.OcrPassportAsync(Jpeg(), cancellationToken: cancellation.Token);
        await transport.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await cancellation.CancelAsync();
        var ended = await Task.WhenAny(call, Task.Delay(TimeSpan.FromSeconds(5)));

        ended.ShouldBeSameAs(call, "the call ends when its caller cancels, not when the upload held by the transport lets go");
        var exception = await Should.ThrowAsync<OperationCanceledException>(call);
        exception.CancellationToken.ShouldBe(cancellation.Token);
        transport.Release();
    }

    [Fact]
    public async Task OcrPassportAsync_AlreadyCanceled_SendsNothing()
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubSubmit().StubTask();
        using var client = new ProgenyClient(server.Options());

        var exception = await Record.ExceptionAsync(() => client.OcrPassportAsync(Jpeg(), cancellationToken: new CancellationToken(canceled: true)));

        exception.ShouldBeAssignableTo<OperationCanceledException>();
        await Wait.SettleAsync();
        server.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_EmptyTaskId_ThrowsArgumentBeforeAnyRequest()
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubTask();
        using var client = new ProgenyClient(server.Options());

        var exception = await Record.ExceptionAsync(() => client.WaitForOcrPassportAsync(" "));

        exception.ShouldBeOfType<ArgumentException>();
        server.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task SubmitOcrPassportAsync_AfterDispose_ThrowsObjectDisposedBeforeAnyRequest()
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubSubmit();
        var client = new ProgenyClient(server.Options());
        client.Dispose();

        var exception = await Record.ExceptionAsync(() => client.SubmitOcrPassportAsync(Jpeg()));

        exception.ShouldBeOfType<ObjectDisposedException>();
        server.Received.ShouldBeEmpty();
    }
}

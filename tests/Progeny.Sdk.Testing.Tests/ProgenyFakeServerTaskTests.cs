using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Progeny.Sdk.Testing.Tests.Support;

namespace Progeny.Sdk.Testing.Tests;

/// <summary>GET services/task/?id= (progeny-api.md §3, §4.5): progression, the documented result, ids, 404, scripted outcomes.</summary>
public sealed class ProgenyFakeServerTaskTests
{
    [Fact]
    public async Task Task_ByDefault_ProgressesPendingStartedThenAnswersTheDocumentationSampleVerbatim()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);
        var task = await Wire.SubmitAsync(client, access);

        var first = await Wire.ReadTaskAsync(client, access, task);
        var second = await Wire.ReadTaskAsync(client, access, task);
        var third = await Wire.ReadTaskAsync(client, access, task);
        var fourth = await Wire.ReadTaskAsync(client, access, task);

        first.Status.ShouldBe(200);
        first.Body.ShouldBeJson("""{"id": null, "status": "PENDING", "result": null}""");  // no record until a worker stores one
        second.Body.ShouldBeJson("""{"id": 2188, "status": "STARTED", "result": null}""");
        third.Status.ShouldBe(200);
        third.Body.ShouldBeJson(DocumentationSamples.OcrPassportTask);
        fourth.Body.ShouldBeJson(DocumentationSamples.OcrPassportTask);
    }

    [Fact]
    public async Task Task_RecordIds_AreIntegersCountingUpFrom2188()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);
        var first = await Wire.SubmitAsync(client, access);
        var second = await Wire.SubmitAsync(client, access);

        var ids = new List<long>();
        foreach (var task in new[] { second, first })
        {
            using var json = JsonDocument.Parse((await Wire.ReadTaskAsync(client, access, task)).Body);
            json.RootElement.GetProperty("id").ValueKind.ShouldBe(JsonValueKind.Number);
            ids.Add(json.RootElement.GetProperty("id").GetInt64());
        }

        ids.ShouldBe([2189, 2188]);
    }

    [Theory]
    [InlineData("98008e56-cd6f-410c-9d8d-f9e620661395")]
    [InlineData("not-a-uuid")]
    [InlineData("2188")]
    public async Task Task_UnknownId_AnswersPendingForeverLikeCelery(string id)
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);
        fake.CreateTask();

        var reads = new List<(int, string)>();
        for (var i = 0; i < 5; i++)
        {
            reads.Add(await Wire.ReadTaskAsync(client, access, id));
        }

        reads.ShouldAllBe(read => read.Item1 == 200 && Wire.Compact(read.Item2) == """{"id":null,"status":"PENDING","result":null}""");
    }

    [Theory]
    [InlineData("services/task/")]
    [InlineData("services/task/?id=")]
    public async Task Task_NoId_Answers400FieldRequired(string uri)
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);

        using var response = await Wire.SendAsync(client, HttpMethod.Get, uri, access);

        ((int)response.StatusCode).ShouldBe(400);
        (await response.Content.ReadAsStringAsync()).ShouldBeJson("""{"id": ["This field is required."]}""");
    }

    [Fact]
    public async Task Task_FailedCheckOutcome_SaysSuccessWithInner400AndErrorCode()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);
        fake.EnqueueTaskOutcome(FakeTaskOutcome.FailedCheck("DOCUMENT_NOT_FOUND", "Failed to detect document"));
        var task = await Wire.SubmitAsync(client, access);

        var (status, body) = await Wire.ReadTaskAsync(client, access, task);

        status.ShouldBe(200);
        body.ShouldBeJson("""
            {"id": 2188, "status": "SUCCESS", "result": {"status": 400, "data": {
                "document": {"result": false, "error": "Failed to detect document", "error_code": "DOCUMENT_NOT_FOUND"},
                "issues": {"document": {"DOCUMENT_NOT_FOUND": "Failed to detect document"}}}}}
            """);
    }

    [Fact]
    public async Task Task_FailureAndRevokedOutcomes_EndWithThoseStatuses()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);
        fake.EnqueueTaskOutcome(FakeTaskOutcome.Failure("Provider unavailable", "PROVIDER_ERROR"));
        fake.EnqueueTaskOutcome(FakeTaskOutcome.Revoked());
        var failed = await Wire.SubmitAsync(client, access);
        var revoked = await Wire.SubmitAsync(client, access);
        var normal = await Wire.SubmitAsync(client, access);

        (await Wire.ReadTaskAsync(client, access, failed)).Body.ShouldBeJson(
            """{"id": 2188, "status": "FAILURE", "result": {"status": 500, "error": "Provider unavailable", "error_code": "PROVIDER_ERROR"}}""");
        (await Wire.ReadTaskAsync(client, access, revoked)).Body.ShouldBeJson("""{"id": 2189, "status": "REVOKED", "result": null}""");
        (await Wire.ReadTaskAsync(client, access, normal)).Body.ShouldContain("\"status\":\"SUCCESS\"");
    }

    [Fact]
    public async Task Task_RawStatusesAndResult_AreAnsweredVerbatim()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);
        var task = fake.CreateTask(new FakeTaskOutcome { Progress = ["RECEIVED", "RETRY", "PROGRESS"], Status = "DONE", RawResult = """{"weird": [1, 2]}""" });

        var statuses = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            using var json = JsonDocument.Parse((await Wire.ReadTaskAsync(client, access, task)).Body);
            statuses.Add(json.RootElement.GetProperty("status").GetString()!);
            if (i == 3)
            {
                json.RootElement.GetProperty("result").GetRawText().ShouldBe("""{"weird": [1, 2]}""");
            }
        }

        statuses.ShouldBe(["RECEIVED", "RETRY", "PROGRESS", "DONE"]);
    }

    [Fact]
    public async Task Task_ProcessingTime_KeepsTheLastProgressStatusUntilTheClockPassesIt()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions
        {
            TimeProvider = clock,
            AccessTokenLifetime = TimeSpan.FromHours(1),
            TaskProgress = ["PENDING"],
            TaskProcessingTime = TimeSpan.FromSeconds(10),
        });
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);
        var task = await Wire.SubmitAsync(client, access);

        var statuses = new List<string>();
        foreach (var seconds in new[] { 0, 5, 4, 1 })
        {
            clock.Advance(TimeSpan.FromSeconds(seconds));
            using var json = JsonDocument.Parse((await Wire.ReadTaskAsync(client, access, task)).Body);
            statuses.Add(json.RootElement.GetProperty("status").GetString()!);
        }

        statuses.ShouldBe(["PENDING", "PENDING", "PENDING", "SUCCESS"]);
    }

    [Fact]
    public async Task SetTaskOutcome_OnAnExistingTask_ChangesItsResult()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);
        var task = fake.CreateTask(FakeTaskOutcome.NeverEnding());

        var before = await Wire.ReadTaskAsync(client, access, task);
        fake.SetTaskOutcome(task, FakeTaskOutcome.Success(FakePassportDocument.Sample with { DocumentNumber = "AB1234567" }) with { Progress = [] });
        var after = await Wire.ReadTaskAsync(client, access, task);

        before.Body.ShouldBeJson("""{"id": 2188, "status": "STARTED", "result": null}""");
        after.Body.ShouldContain("\"documentNumber\":\"AB1234567\"");
        Should.Throw<ArgumentException>(() => fake.SetTaskOutcome(Guid.NewGuid().ToString(), FakeTaskOutcome.Revoked()));
    }

    [Fact]
    public async Task Options_Document_IsReturnedByNewTasksWithRawFieldsInPlace()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        fake.Options.Document = new FakePassportDocument
        {
            FirstName = "JOHN",
            DateOfBirth = FakePassportDocument.FormatDate(new DateOnly(1980, 1, 2)),
            DateOfIssue = "2014-None-None",
        }.WithRawField("age", "\"44\"").WithRawField("mrz", "\"P<UTO\"");
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);
        var task = await Wire.SubmitAsync(client, access);

        var (_, body) = await Wire.ReadTaskAsync(client, access, task);

        using var json = JsonDocument.Parse(body);
        json.RootElement.GetProperty("result").GetProperty("data").GetProperty("document").GetRawText().ShouldBeJson(
            """{"dateOfBirth": "1980-1-2", "age": "44", "firstName": "JOHN", "dateOfIssue": "2014-None-None", "mrz": "P<UTO"}""");
    }

    [Fact]
    public async Task RawIds_UploadAnswersANumberAndTheTaskAnswersAString()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);
        fake.EnqueueTaskOutcome(new FakeTaskOutcome { RawTaskId = "12345", RawRecordId = "\"2188\"" });

        using var upload = await Wire.SendAsync(client, HttpMethod.Post, "services/ocr_passport/", access, Wire.Upload());
        var (_, body) = await Wire.ReadTaskAsync(client, access, "12345");

        (await upload.Content.ReadAsStringAsync()).ShouldBe("""{"id":12345}""");
        body.ShouldStartWith("""{"id":"2188","status":"SUCCESS",""");
        fake.Recording.CreatedTaskIds.ShouldBe(["12345"]);
        Should.Throw<ArgumentException>(() => new FakeTaskOutcome { RawTaskId = "[1]" });
    }
}

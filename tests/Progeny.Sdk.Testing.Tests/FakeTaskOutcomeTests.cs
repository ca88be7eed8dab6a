using System.Text.Json;
using Progeny.Sdk.Testing.Tests.Support;

namespace Progeny.Sdk.Testing.Tests;

/// <summary>The named outcomes, read through the task endpoint: the documented negative answers verbatim, and per-service queues.</summary>
public sealed class FakeTaskOutcomeTests
{
    [Fact]
    public async Task FaceTooSmall_OnFaceLiveness_IsTheDocumentedSampleVerbatim()
    {
        var body = await FinalReadAsync(FakeService.FaceLiveness, FakeTaskOutcome.FaceTooSmall(), recordId: 2183);

        body.ShouldBeJson(DocSamples.FaceTooSmallTask);
    }

    [Fact]
    public async Task FaceNotFound_OnFaceLiveness_IsTheOverviewsSampleVerbatim()
    {
        var body = await FinalReadAsync(FakeService.FaceLiveness, FakeTaskOutcome.FaceNotFound(), recordId: 2158);

        body.ShouldBeJson(DocSamples.FaceNotFoundTask);
    }

    [Fact]
    public async Task FaceMismatch_OnAuthenticateFace_SaysLiveButNotTheSamePerson()
    {
        var body = await FinalReadAsync(FakeService.AuthenticateFace, FakeTaskOutcome.FaceMismatch("3.5", "17.5"));

        body.ShouldBeJson("""
            {"id": 2188, "status": "SUCCESS", "result": {"status": 200, "data": {
                "authentication": {"result": false, "data": {"matchScore": "3.5", "scorePercent": "17.5"}},
                "liveness": {"data": {"score": 2.5943651, "quality": 0.8175214, "probability": 0.930498}, "result": true}}}}
            """);
    }

    [Fact]
    public async Task RegisteredFace_OnRegisterFace_AnswersThatUuid()
    {
        var body = await FinalReadAsync(FakeService.RegisterFace, FakeTaskOutcome.RegisteredFace("0b4a7c2e-1d2f-11ef-9a3b-0242ac120002"));

        body.ShouldBeJson("""{"id": 2188, "status": "SUCCESS", "result": {"status": 200, "data": {"uuid": "0b4a7c2e-1d2f-11ef-9a3b-0242ac120002"}}}""");
    }

    [Fact]
    public async Task BackgroundCheckMatch_WithHits_CountsThemAsAPotentialMatch()
    {
        var body = await FinalReadAsync(FakeService.BackgroundCheck, FakeTaskOutcome.BackgroundCheckMatch("high", """{"name": "A"}""", """{"name": "B"}"""));

        body.ShouldBeJson("""
            {"id": 2188, "status": "SUCCESS", "result": {"status": 200, "data": {"background_check":
                {"potential_match": true, "risk_level": "high", "total_matches": 2, "hits": [{"name": "A"}, {"name": "B"}]}}}}
            """);
        using var madeUp = JsonDocument.Parse(FakeTaskOutcome.BackgroundCheckMatch().RawData!);
        madeUp.RootElement.GetProperty("background_check").GetProperty("hits").GetArrayLength().ShouldBe(1);
        Should.Throw<ArgumentException>(() => FakeTaskOutcome.BackgroundCheckMatch("high", "[1]"));
    }

    [Fact]
    public async Task SuccessWithoutEnvelope_OnBackgroundCheck_IsTheDocumentedSampleVerbatim()
    {
        var body = await FinalReadAsync(FakeService.BackgroundCheck, FakeTaskOutcome.SuccessWithoutEnvelope());

        body.ShouldBeJson(DocSamples.BackgroundCheckUnenveloped);
    }

    [Theory]
    [InlineData(FakeService.FaceLiveness, "liveness", """{"data": {"liveness": {"result": false, "error": "Bad light", "error_code": "LOW_QUALITY"}, "issues": {"liveness": {"LOW_QUALITY": "Bad light"}}}, "status": 400}""")]
    [InlineData(FakeService.KycCard, "document", """{"status": 400, "data": {"document": {"result": false, "error": "Bad light", "error_code": "LOW_QUALITY"}, "issues": {"document": {"LOW_QUALITY": "Bad light"}}}}""")]
    [InlineData(FakeService.BackgroundCheck, "background_check", """{"status": 400, "data": {"background_check": {"result": false, "error": "Bad light", "error_code": "LOW_QUALITY"}, "issues": {"background_check": {"LOW_QUALITY": "Bad light"}}}}""")]
    public async Task FailedCheck_OnAService_WritesTheErrorUnderThatServicesCheck(FakeService service, string check, string result)
    {
        var body = await FinalReadAsync(service, FakeTaskOutcome.FailedCheck("LOW_QUALITY", "Bad light"));

        body.ShouldBeJson($$"""{"id": 2188, "status": "SUCCESS", "result": {{result}}}""");
        body.ShouldContain($"\"{check}\"");
    }

    [Fact]
    public async Task FailureAndRevokedWithException_CarryTheExceptionTextAsTheResult()
    {
        var failure = await FinalReadAsync(FakeService.OcrCard, FakeTaskOutcome.FailureWithException("ValueError('No document')"));
        var revoked = await FinalReadAsync(FakeService.FaceLiveness, FakeTaskOutcome.RevokedWithException());

        failure.ShouldBeJson("""{"id": 2188, "status": "FAILURE", "result": "ValueError('No document')"}""");
        revoked.ShouldBeJson("""{"id": 2188, "status": "REVOKED", "result": "TaskRevokedError('terminated')"}""");
    }

    [Fact]
    public async Task RawData_ReplacesTheServicesSample()
    {
        var body = await FinalReadAsync(FakeService.KycPassport, new FakeTaskOutcome { RawData = """{"document": {"firstName": "X"}, "compare": {"result": false}}""" });

        body.ShouldBeJson("""{"id": 2188, "status": "SUCCESS", "result": {"status": 200, "data": {"document": {"firstName": "X"}, "compare": {"result": false}}}}""");
        Should.Throw<ArgumentException>(() => new FakeTaskOutcome { RawData = "[]" });
    }

    [Fact]
    public async Task EnqueueTaskOutcome_ForAService_GoesToThatServicesNextTaskBeforeTheAnyServiceQueue()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);
        fake.EnqueueTaskOutcome(FakeTaskOutcome.Revoked());
        fake.EnqueueTaskOutcome(FakeService.FaceLiveness, FakeTaskOutcome.FaceTooSmall());

        var passport = await SubmitAsync(client, access, FakeService.OcrPassport);
        var face = await SubmitAsync(client, access, FakeService.FaceLiveness);
        var secondFace = await SubmitAsync(client, access, FakeService.FaceLiveness);

        (await Wire.ReadTaskAsync(client, access, passport)).Body.ShouldContain("\"status\":\"REVOKED\"");
        (await Wire.ReadTaskAsync(client, access, face)).Body.ShouldContain("FACE_TOO_SMALL");
        (await Wire.ReadTaskAsync(client, access, secondFace)).Body.ShouldContain("\"liveness\":{\"data\":{\"score\"");
    }

    [Fact]
    public async Task CreateTask_ForAService_AnswersThatServicesResult()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);

        var registered = fake.CreateTask(FakeService.RegisterFace);
        var failed = fake.CreateTask(FakeService.AuthenticateFace, FakeTaskOutcome.FaceMismatch());

        (await Wire.ReadTaskAsync(client, access, registered)).Body.ShouldContain("d3da2b7a-b062-11ec-b3b9-0242ac190002");
        (await Wire.ReadTaskUnwrappedAsync(client, access, failed)).GetProperty("authentication").GetProperty("result").GetBoolean().ShouldBeFalse();
        Should.Throw<ArgumentOutOfRangeException>(() => fake.CreateTask((FakeService)99));
    }

    private static async Task<string> SubmitAsync(HttpClient client, string access, FakeService service)
    {
        var @case = ServiceCase.Of(service);
        using var response = await Wire.SendAsync(client, HttpMethod.Post, @case.Path, access, @case.ValidForm());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>Uploads a valid form to <paramref name="service"/> with <paramref name="outcome"/> queued, and reads the task once.</summary>
    private static async Task<string> FinalReadAsync(FakeService service, FakeTaskOutcome outcome, long recordId = 2188)
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [], FirstTaskRecordId = recordId });
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);
        fake.EnqueueTaskOutcome(service, outcome);
        var task = await SubmitAsync(client, access, service);
        var (status, body) = await Wire.ReadTaskAsync(client, access, task);
        status.ShouldBe(200);
        return body;
    }
}

using System.Net;
using Progeny.Sdk.Testing.WireMock.Tests.Support;
using WireMock.Server;

namespace Progeny.Sdk.Testing.WireMock.Tests;

public sealed class ProgenyStubsTaskTests : IDisposable
{
    private readonly WireMockServer _server = StubServer.Start();
    private ProgenyStubs? _progeny;

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task WithTasks_Progress_AnswersEachStatusOnceThenTheFinalAnswerOnEveryRead()
    {
        var progeny = _server.GivenProgeny().WithOcrPassport(StubTask.OcrPassport() with { Progress = ["PENDING", "STARTED"] });
        using var wire = new Wire(progeny);
        var taskId = await SubmitAsync(wire, ProgenyEndpoint.OcrPassport);

        var reads = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            reads.Add((await wire.GetTaskAsync(taskId)).Body);
        }

        Wire.ShouldBeJson(reads[0], """{"id": null, "status": "PENDING", "result": null}""");
        Wire.ShouldBeJson(reads[1], """{"id": null, "status": "STARTED", "result": null}""");
        Wire.ShouldBeJson(reads[2], DocumentationSamples.OcrPassportTask);
        Wire.ShouldBeJson(reads[3], DocumentationSamples.OcrPassportTask);
    }

    [Fact]
    public async Task WithTasks_SeveralTasks_SuccessiveSubmissionsGetThemInOrderAndTheLastRepeats()
    {
        var progeny = _server.GivenProgeny().WithFaceLiveness(
            StubTask.FaceLiveness(StubLivenessCheck.FaceTooSmall) with { RecordId = 2183 },
            StubTask.FaceLiveness(StubLivenessCheck.FaceNotFound) with { RecordId = 2158, TaskId = "98008e56-cd6f-410c-9d8d-f9e620661395" });
        using var wire = new Wire(progeny);

        var first = await SubmitAsync(wire, ProgenyEndpoint.FaceLiveness);
        var second = await SubmitAsync(wire, ProgenyEndpoint.FaceLiveness);
        var third = await SubmitAsync(wire, ProgenyEndpoint.FaceLiveness);

        Wire.ShouldBeJson((await wire.GetTaskAsync(first)).Body, DocumentationSamples.FaceTooSmallTask);
        second.ShouldBe("98008e56-cd6f-410c-9d8d-f9e620661395");
        Wire.ShouldBeJson((await wire.GetTaskAsync(second)).Body, DocumentationSamples.FaceNotFoundTask);
        third.ShouldBe(second);
    }

    [Fact]
    public async Task WithTasks_CalledAgain_ReplacesTheAnswersOfNewSubmissionsAndEarlierTasksStillAnswer()
    {
        var progeny = _server.GivenProgeny();
        using var wire = new Wire(progeny);
        var documented = await SubmitAsync(wire, ProgenyEndpoint.RegisterFace);

        progeny.WithRegisterFace(StubTask.RegisterFace("6a3c1f9e-0b7a-11ef-9262-0242ac120002"));
        var replaced = await SubmitAsync(wire, ProgenyEndpoint.RegisterFace);

        Wire.ShouldBeJson((await wire.GetTaskAsync(documented)).Body, DocumentationSamples.RegisterFaceTask);
        Wire.Parse((await wire.GetTaskAsync(replaced)).Body)["result"]!["data"]!["uuid"]!.GetValue<string>().ShouldBe("6a3c1f9e-0b7a-11ef-9262-0242ac120002");
    }

    [Fact]
    public async Task TaskStatus_AnIdNoStubKnows_PollsAsPendingAsCeleryAnswers()
    {
        var progeny = _server.GivenProgeny();
        using var wire = new Wire(progeny);
        await wire.LoginAsync();

        var (status, body) = await wire.GetTaskAsync("00000000-0000-0000-0000-000000000000");

        status.ShouldBe(HttpStatusCode.OK);
        Wire.ShouldBeJson(body, """{"id": null, "status": "PENDING", "result": null}""");
    }

    [Fact]
    public async Task WithTask_ATaskSubmittedElsewhere_AnswersItsReadsAndRequiresAnId()
    {
        var progeny = _server.GivenProgeny().WithTask(StubTask.Revoked() with { TaskId = "T-1" });
        using var wire = new Wire(progeny);
        await wire.LoginAsync();

        var (_, body) = await wire.GetTaskAsync("T-1");

        Wire.ShouldBeJson(body, """{"id": 2188, "status": "REVOKED", "result": "TaskRevokedError('revoked')"}""");
        Should.Throw<ArgumentException>(() => progeny.WithTask(StubTask.Revoked()));
    }

    [Fact]
    public async Task ResetScenarios_AfterProgress_StartsEveryTaskOver()
    {
        var progeny = _server.GivenProgeny().WithOcrPassport(StubTask.OcrPassport() with { Progress = ["STARTED"] });
        using var wire = new Wire(progeny);
        var taskId = await SubmitAsync(wire, ProgenyEndpoint.OcrPassport);
        await wire.GetTaskAsync(taskId);
        await wire.GetTaskAsync(taskId);

        _server.ResetScenarios();

        Wire.Parse((await wire.GetTaskAsync(taskId)).Body)["status"]!.GetValue<string>().ShouldBe("STARTED");
    }

    [Fact]
    public async Task Factories_Failures_AnswerTheEnvelopeTheSdkReadsAsFailed()
    {
        Wire.ShouldBeJson(await ReadAsync(StubTask.FailedCheck()), """
            {"id": 2188, "status": "SUCCESS", "result": {"status": 400, "data": {
                "document": {"result": false, "error": "Failed to detect document", "error_code": "DOCUMENT_NOT_FOUND"},
                "issues": {"document": {"DOCUMENT_NOT_FOUND": "Failed to detect document"}}}}}
            """);
        Wire.ShouldBeJson(await ReadAsync(StubTask.Failure()), """{"id": 2188, "status": "FAILURE", "result": "ValueError('Failed to process the image')"}""");
        Wire.ShouldBeJson(await ReadAsync(StubTask.NeverEnding()), """{"id": null, "status": "STARTED", "result": null}""");
        Wire.ShouldBeJson(await ReadAsync(StubTask.BackgroundCheck(enveloped: true)), """
            {"id": 2190, "status": "SUCCESS", "result": {"status": 200, "data": {"background_check": {"potential_match": false, "risk_level": "unknown", "total_matches": 0, "hits": []}}}}
            """);
        Should.Throw<ArgumentException>(() => StubTask.FromBody("{\"id\": "));
    }

    [Fact]
    public async Task Factories_KycWithCheckObjects_AnswerTheAuthenticateFaceShapesAndTheIssues()
    {
        var task = StubTask.KycPassport(liveness: StubLivenessCheck.FaceTooSmall, match: StubFaceMatch.Sample with { IsMatch = false, ScorePercent = 12.5 });

        var data = Wire.Parse(await ReadAsync(task))["result"]!["data"]!;

        Wire.ShouldBeJson(data["compare"]!.ToJsonString(), """{"result": false, "data": {"matchScore": "20.0", "scorePercent": "12.5"}}""");
        Wire.ShouldBeJson(data["liveness"]!.ToJsonString(), """{"result": false, "error": "Absolute face size is too small", "error_code": "FACE_TOO_SMALL"}""");
        Wire.ShouldBeJson(data["issues"]!.ToJsonString(), """{"liveness": {"FACE_TOO_SMALL": "Absolute face size is too small"}}""");
    }

    [Fact]
    public async Task StubPassportDocument_TypedValues_AreAnsweredInTheApisFormatWithRawOverrides()
    {
        var document = StubPassportDocument.Sample with { DateOfBirth = new DateOnly(2001, 1, 2), DateOfExpiry = null, Age = null };

        var written = Wire.Parse(await ReadAsync(StubTask.OcrCard(document.WithRawField("dateOfIssue", "\"2014-None-None\"").WithRawField("mrz", "\"P<UTO\""))))["result"]!["data"]!["document"]!.AsObject();

        written["dateOfBirth"]!.GetValue<string>().ShouldBe("2001-1-2");
        written["dateOfExpiry"]!.GetValue<string>().ShouldBe("None-None-None");
        written["dateOfIssue"]!.GetValue<string>().ShouldBe("2014-None-None");
        written.ContainsKey("age").ShouldBeFalse();
        written.Select(member => member.Key).Last().ShouldBe("mrz");
        Should.Throw<ArgumentException>(() => document.WithRawField("age", "thirty"));
    }

    [Fact]
    public void ToString_ATaskWithAHoldersDocument_NamesNoHolderData()
    {
        var task = StubTask.OcrPassport(StubPassportDocument.Sample with { DocumentNumber = "AB1234567" }) with { TaskId = "T-1", Progress = ["PENDING"] };

        task.ToString().ShouldBe("StubTask T-1 PENDING → SUCCESS");
        StubPassportDocument.Sample.ToString().ShouldNotContain("PERFILOVA");
    }

    /// <summary>The final answer of <paramref name="task"/> on the wire.</summary>
    private async Task<string> ReadAsync(StubTask task)
    {
        var taskId = Guid.NewGuid().ToString();
        _progeny ??= _server.GivenProgeny();
        _progeny.WithTask(task with { TaskId = taskId });
        using var wire = new Wire(_progeny);
        await wire.LoginAsync();
        var (status, body) = await wire.GetTaskAsync(taskId);
        status.ShouldBe(HttpStatusCode.OK);
        return body;
    }

    private static async Task<string> SubmitAsync(Wire wire, ProgenyEndpoint service)
    {
        if (wire.Access is null)
        {
            await wire.LoginAsync();
        }

        var (fields, files) = ServiceForms.Complete(service);
        var (status, body) = await wire.PostAsync(ServiceForms.Path(service), Wire.Form(fields, files));
        status.ShouldBe(HttpStatusCode.OK);
        return Wire.Parse(body)["id"]!.GetValue<string>();
    }
}

using Progeny.Sdk.Tests.TestSupport;

namespace Progeny.Sdk.Tests.Services;

/// <summary>
/// Every documented sample of progeny-api.md §4 read into its typed result through the client, and what a finished
/// task means per kind of service (design §1b): a check's negative answer is data; a service without its data fails.
/// </summary>
public sealed class ServiceResultTests
{
    private const string TaskId = DocumentationSamples.TaskId;

    private static async Task<TResult> WaitAsync<TResult>(string body, Func<IProgenyClient, Task<TResult>> wait)
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubTask(body);
        using var client = new ProgenyClient(server.Options());
        var result = await wait(client).WaitAsync(TimeSpan.FromSeconds(10));
        server.Gets.Count.ShouldBe(1);
        return result;
    }

    private static Task<ProgenyTaskFailedException> FailureAsync<TResult>(string body, Func<IProgenyClient, Task<TResult>> wait) =>
        Should.ThrowAsync<ProgenyTaskFailedException>(() => WaitAsync(body, wait));

    private static string Data(string data, int innerStatus = 200) =>
        "{\"id\": 3001, \"status\": \"SUCCESS\", \"result\": {\"status\": " + innerStatus + ", \"data\": " + data + "}}";

    [Fact]
    public async Task FaceLiveness_LiveFaceSample_ReadsVerdictAndScores()
    {
        var result = await WaitAsync(DocumentationSamples.FaceLivenessTask, c => c.FaceLiveness.WaitForAsync(TaskId));

        result.RecordId.ShouldBe(2182);
        result.Liveness.IsLive.ShouldBe(true);
        result.Liveness.Score.ShouldBe(2.5943651);
        result.Liveness.Quality.ShouldBe(0.8175214);
        result.Liveness.Probability.ShouldBe(0.930498);
        result.Liveness.ErrorCode.ShouldBeNull();
        result.Issues.ShouldBeEmpty();
    }

    [Fact]
    public async Task FaceLiveness_FaceTooSmallWithInnerStatus400_IsAnAnswerWithTheCodeUnderLiveness()
    {
        var result = await WaitAsync(DocumentationSamples.FaceTooSmallTask, c => c.FaceLiveness.WaitForAsync(TaskId));

        result.Liveness.IsLive.ShouldBe(false);
        result.Liveness.ErrorCode.ShouldBe("FACE_TOO_SMALL");
        result.Liveness.Error.ShouldBe("Absolute face size is too small");
        result.Issues["liveness"]["FACE_TOO_SMALL"].ShouldBe("Absolute face size is too small");
    }

    [Fact]
    public async Task FaceLiveness_FaceNotFoundWithInnerStatus200_IsAnAnswerWithTheCodeUnderLivenessData()
    {
        var result = await WaitAsync(DocumentationSamples.FaceNotFoundTask, c => c.FaceLiveness.WaitForAsync(TaskId));

        result.Liveness.IsLive.ShouldBe(false);
        result.Liveness.ErrorCode.ShouldBe("FACE_NOT_FOUND");
        result.Liveness.Error.ShouldBe("Failed to detect face");
        result.Issues["liveness"].Keys.ShouldBe(["FACE_NOT_FOUND"]);
    }

    [Fact]
    public async Task FaceLiveness_CodeOnlyInIssues_IsReadFromIssues()
    {
        var result = await WaitAsync(
            Data("""{"liveness": {"result": false}, "issues": {"liveness": {"FACE_TOO_SMALL": "Absolute face size is too small"}}}""", 400),
            c => c.FaceLiveness.WaitForAsync(TaskId));

        result.Liveness.IsLive.ShouldBe(false);
        result.Liveness.ErrorCode.ShouldBe("FACE_TOO_SMALL");
    }

    [Fact]
    public async Task FaceLiveness_SuccessWithoutAnyCheck_FailsWithTheErrorCode()
    {
        var exception = await FailureAsync(Data("""{"error": "internal", "error_code": "PROVIDER_DOWN"}""", 500), c => c.FaceLiveness.WaitForAsync(TaskId));

        exception.ErrorCode.ShouldBe("PROVIDER_DOWN");
    }

    [Fact]
    public async Task AuthenticateFace_Sample_ReadsMatchScoresSentAsStrings()
    {
        var result = await WaitAsync(DocumentationSamples.AuthenticateFaceTask, c => c.AuthenticateFace.WaitForAsync(TaskId));

        result.RecordId.ShouldBe(2172);
        result.Match.IsMatch.ShouldBe(true);
        result.Match.MatchScore.ShouldBe(20.0);
        result.Match.ScorePercent.ShouldBe(100.0);
        result.Liveness.IsLive.ShouldBe(true);
        result.Liveness.Score.ShouldBe(2.5943651);
    }

    [Theory]
    [InlineData(DocumentationSamples.FaceTooSmallTask, "FACE_TOO_SMALL")]
    [InlineData(DocumentationSamples.FaceNotFoundTask, "FACE_NOT_FOUND")]
    public async Task AuthenticateFace_NegativeLiveness_IsAnAnswer(string body, string code)
    {
        var result = await WaitAsync(body, c => c.AuthenticateFace.WaitForAsync(TaskId));

        result.Liveness.IsLive.ShouldBe(false);
        result.Liveness.ErrorCode.ShouldBe(code);
        result.Match.IsMatch.ShouldBeNull();
    }

    [Fact]
    public async Task RegisterFace_Sample_KeepsTheVersion1UuidAsSent()
    {
        var result = await WaitAsync(DocumentationSamples.RegisterFaceTask, c => c.RegisterFace.WaitForAsync(TaskId));

        result.FaceId.ShouldBe("d3da2b7a-b062-11ec-b3b9-0242ac190002");
        result.RecordId.ShouldBe(2170);
        result.ToString().ShouldNotContain("d3da2b7a");
    }

    [Theory]
    [InlineData(DocumentationSamples.FaceTooSmallTask, "FACE_TOO_SMALL")]
    [InlineData(DocumentationSamples.FaceNotFoundTask, "FACE_NOT_FOUND")]
    public async Task RegisterFace_NoUuid_FailsWithTheLivenessCode(string body, string code)
    {
        var exception = await FailureAsync(body, c => c.RegisterFace.WaitForAsync(TaskId));

        exception.ErrorCode.ShouldBe(code);
        exception.TaskId.ShouldBe(TaskId);
    }

    [Theory]
    [InlineData(DocumentationSamples.BackgroundCheckUnenveloped, null)]
    [InlineData(DocumentationSamples.BackgroundCheckTask, 2190L)]
    public async Task BackgroundCheck_SampleWithOrWithoutTheEnvelope_IsAFinishedResult(string body, long? recordId)
    {
        var result = await WaitAsync(body, c => c.BackgroundCheck.WaitForAsync(TaskId));

        result.PotentialMatch.ShouldBe(false);
        result.RiskLevel.ShouldBe("unknown");
        result.TotalMatches.ShouldBe(0);
        result.Hits.ShouldBeEmpty();
        result.RecordId.ShouldBe(recordId);
    }

    [Fact]
    public async Task BackgroundCheck_Hits_AreKeptAsTheyCameAndNeverPrinted()
    {
        var result = await WaitAsync(
            """{"background_check": {"potential_match": "true", "risk_level": "high", "total_matches": "2", "hits": [{"name": "JOHN SANCTIONED"}, {"name": "JANE LISTED"}]}}""",
            c => c.BackgroundCheck.WaitForAsync(TaskId));

        result.PotentialMatch.ShouldBe(true);
        result.TotalMatches.ShouldBe(2);
        result.Hits.Count.ShouldBe(2);
        result.Hits[0].GetProperty("name").GetString().ShouldBe("JOHN SANCTIONED");
        result.ToString().ShouldNotContain("SANCTIONED");
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{\"name\": \"JOHN SANCTIONED\"}")]
    [InlineData("\"none\"")]
    [InlineData("[{\"name\": \"\\ud800\"}]")]
    public async Task BackgroundCheck_HitsEmptyNotAnArrayOrUnreadable_AreNoHits(string hits)
    {
        var result = await WaitAsync(
            "{\"background_check\": {\"risk_level\": \"low\", \"hits\": " + hits + ", \"total_matches\": 0}}",
            c => c.BackgroundCheck.WaitForAsync(TaskId));

        result.Hits.ShouldBeEmpty();
        result.RiskLevel.ShouldBe("low");
        result.TotalMatches.ShouldBe(0);
    }

    [Fact]
    public async Task BackgroundCheck_NoBackgroundCheckObject_FailsWithTheErrorCode()
    {
        var exception = await FailureAsync(Data("""{"error_code": "SCREENING_UNAVAILABLE"}""", 503), c => c.BackgroundCheck.WaitForAsync(TaskId));

        exception.ErrorCode.ShouldBe("SCREENING_UNAVAILABLE");
    }

    [Fact]
    public async Task KycPassport_VerdictsAsBooleans_ReadIntoTheChecks()
    {
        var result = await WaitAsync(DocumentationSamples.OcrPassportTask, c => c.KycPassport.WaitForAsync(TaskId));

        result.Document.DocumentNumber.ShouldBe("XX008080");
        result.Document.NationalityCode.ShouldBe("UKR");
        result.Liveness.IsLive.ShouldBe(true);
        result.Match.IsMatch.ShouldBe(true);
    }

    [Fact]
    public async Task KycPassport_ChecksAsObjectsAndANegativeLiveness_IsAnAnswerWithTheDocument()
    {
        var result = await WaitAsync(
            Data("""
                {"document": {"documentNumber": "XX008080", "nationality": "UKRAINIAN"},
                 "compare": {"result": false, "data": {"matchScore": "3.5", "scorePercent": "17.5"}},
                 "liveness": {"result": false, "error": "Absolute face size is too small", "error_code": "FACE_TOO_SMALL"},
                 "issues": {"liveness": {"FACE_TOO_SMALL": "Absolute face size is too small"}}}
                """, 400),
            c => c.KycPassport.WaitForAsync(TaskId));

        result.Document.DocumentNumber.ShouldBe("XX008080");
        result.Liveness.IsLive.ShouldBe(false);
        result.Liveness.ErrorCode.ShouldBe("FACE_TOO_SMALL");
        result.Match.IsMatch.ShouldBe(false);
        result.Match.MatchScore.ShouldBe(3.5);
        result.Match.ScorePercent.ShouldBe(17.5);
    }

    [Fact]
    public async Task KycCard_NoDocument_FailsWithTheErrorCode()
    {
        var exception = await FailureAsync(
            Data("""{"liveness": true, "compare": true, "issues": {"ocr": {"DOCUMENT_NOT_FOUND": "No document on the image"}}}""", 400),
            c => c.KycCard.WaitForAsync(TaskId));

        exception.ErrorCode.ShouldBe("DOCUMENT_NOT_FOUND");
    }

    [Fact]
    public async Task OcrCard_Document_ReadsTheSharedFieldsAndKeepsTheOthers()
    {
        var result = await WaitAsync(
            Data("""
                {"document": {"is_valid": "true", "firstName": "VALERIA", "lastName": "PERFILOVA", "documentNumber": "AB123",
                 "nationality": "Ukraine", "sex": "F", "dateOfBirth": "1991-9-24", "dateOfExpiry": "None-None-None",
                 "categories": ["B", "C1"], "address": "KYIV"}}
                """),
            c => c.OcrCard.WaitForAsync(TaskId));

        var document = result.Document;
        document.IsValid.ShouldBe(true);
        document.DocumentNumber.ShouldBe("AB123");
        document.NationalityCode.ShouldBe("UKR");
        document.Sex.ShouldBe(Sex.Female);
        document.DateOfBirth.ShouldBe(new DateOnly(1991, 9, 24));
        document.DateOfExpiry.ShouldBeNull();
        document.OtherFields.Keys.ShouldBe(["categories", "address"], ignoreOrder: true);
        document.OtherFields["categories"].GetArrayLength().ShouldBe(2);
        var text = result.ToString();
        HolderData.ShouldNotLeakInto(text);
        text.ShouldNotContain("KYIV");
        text.ShouldContain("categories");
    }

    [Fact]
    public async Task OcrCard_SuccessWithInnerError_FailsEvenWithADocument()
    {
        var exception = await FailureAsync(Data("""{"document": {"documentNumber": "AB123"}, "error_code": "BLURRY_IMAGE"}""", 400), c => c.OcrCard.WaitForAsync(TaskId));

        exception.ErrorCode.ShouldBe("BLURRY_IMAGE");
    }

    [Fact]
    public async Task Results_ToString_PrintNoPersonalData()
    {
        var kyc = await WaitAsync(DocumentationSamples.OcrPassportTask, c => c.KycPassport.WaitForAsync(TaskId));
        var authentication = await WaitAsync(DocumentationSamples.AuthenticateFaceTask, c => c.AuthenticateFace.WaitForAsync(TaskId));

        HolderData.ShouldNotLeakInto(kyc.ToString());
        kyc.ToString().ShouldContain("IsLive = True");
        authentication.ToString().ShouldContain("IsMatch = True");
    }

    [Fact]
    public void Requests_ToString_PrintNeitherNamesDatesNorFaceIds()
    {
        var screening = new BackgroundCheckRequest("VALERIA PERFILOVA", new DateOnly(1991, 9, 24)).ToString();
        var authentication = new AuthenticateFaceRequest(ProgenyImage.FromBytes(TestImages.Jpeg, "selfie.jpg"), ServiceCatalog.FaceId).ToString();

        HolderData.ShouldNotLeakInto(screening);
        screening.ShouldNotContain("24");
        authentication.ShouldNotContain(ServiceCatalog.FaceId);
        authentication.ShouldNotContain("selfie.jpg");
    }
}

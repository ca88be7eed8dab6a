using System.Text.Json;
using Progeny.Sdk.Internal;
using Progeny.Sdk.Internal.Json;

namespace Progeny.Sdk.Tests.Internal.Json;

/// <summary>A check's answer read in one pass (<see cref="CheckConverter"/>) and mapped (<see cref="Checks"/>): every documented shape and the lenient cases.</summary>
public sealed class CheckConverterTests
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> NoIssues = new Dictionary<string, IReadOnlyDictionary<string, string>>();

    [Theory]
    [InlineData("""{"data": {"score": 2.5943651, "quality": 0.8175214, "probability": 0.930498}, "result": true}""", true, 2.5943651, 0.8175214, 0.930498)]
    [InlineData("""{"result": "false", "data": {"score": "1.5", "quality": "0.25", "probability": "1e-3"}}""", false, 1.5, 0.25, 0.001)]
    [InlineData("""{"result": true, "data": {"score": "NaN", "quality": "Infinity", "probability": 1e400}}""", true, null, null, null)]
    [InlineData("""{"result": true, "data": {"score": [1], "quality": {"v": 1}, "probability": null}}""", true, null, null, null)]
    [InlineData("""{"result": true, "data": "none"}""", true, null, null, null)]
    [InlineData("""{"result": true, "data": {"score": 1}, "data": {"quality": 2}}""", true, null, 2.0, null)]
    [InlineData("""{"result": true, "data": {"score": 1}, "data": 5}""", true, null, null, null)]
    [InlineData("""{"result": true, "data": {"score": 1, "score": "x"}, "result": false}""", false, null, null, null)]
    [InlineData("""{"data": {"nested": {"score": 9, "deeper": [{"score": 8}]}, "score": 3}}""", null, 3.0, null, null)]
    [InlineData("true", true, null, null, null)]
    [InlineData("\"0\"", false, null, null, null)]
    public void Liveness_CheckObjectOrVerdict_ReadsTheVerdictAndTheScores(string check, bool? isLive, double? score, double? quality, double? probability)
    {
        var liveness = Checks.Liveness(Read(check).Liveness, NoIssues, "liveness");

        liveness.IsLive.ShouldBe(isLive);
        liveness.Score.ShouldBe(score);
        liveness.Quality.ShouldBe(quality);
        liveness.Probability.ShouldBe(probability);
    }

    [Theory]
    [InlineData("""{"result": false, "error_code": "FACE_TOO_SMALL", "error": "Absolute face size is too small"}""", "FACE_TOO_SMALL", "Absolute face size is too small")]
    [InlineData("""{"result": false, "data": {"error_code": "FACE_NOT_FOUND", "error": "No face"}}""", "FACE_NOT_FOUND", "No face")]
    [InlineData("""{"error_code": "OWN", "data": {"error_code": "INNER", "error": "inner"}}""", "OWN", null)]
    [InlineData("""{"error_code": "None", "error": "ignored", "data": {"error_code": 42, "error": true}}""", "42", "true")]
    [InlineData("""{"error_code": " ", "data": {"error": "a message without a code"}}""", null, null)]
    [InlineData("""{"error_code": "\ud800"}""", null, null)]
    public void Liveness_ErrorCode_ComesFromTheCheckOrItsData(string check, string? errorCode, string? error)
    {
        var liveness = Checks.Liveness(Read(check).Liveness, NoIssues, "liveness");

        liveness.ErrorCode.ShouldBe(errorCode);
        liveness.Error.ShouldBe(error);
    }

    [Fact]
    public void Liveness_NoCodeInTheCheck_TakesTheIssuesFirstCode()
    {
        var issues = new Dictionary<string, IReadOnlyDictionary<string, string>> { ["liveness"] = new Dictionary<string, string> { ["FACE_TOO_SMALL"] = "too small" } };

        var liveness = Checks.Liveness(Read("""{"result": false}""").Liveness, issues, "liveness");

        liveness.ErrorCode.ShouldBe("FACE_TOO_SMALL");
        liveness.Error.ShouldBe("too small");
    }

    [Theory]
    [InlineData("""{"result": true, "data": {"matchScore": "20.0", "scorePercent": "100.0"}}""", true, 20.0, 100.0)]
    [InlineData("""{"result": true, "data": {"match_score": 12.5, "score_percent": "62.5"}}""", true, 12.5, 62.5)]
    [InlineData("""{"result": true, "data": {"match_score": 1, "matchScore": 2, "scorePercent": "x", "score_percent": 3}}""", true, 2.0, 3.0)]
    [InlineData("""{"result": true, "data": {"matchScore": 2, "match_score": 1}}""", true, 2.0, null)]
    [InlineData("false", false, null, null)]
    public void Match_CheckObjectOrVerdict_ReadsTheScoresInEitherSpelling(string check, bool? isMatch, double? matchScore, double? scorePercent)
    {
        var match = Checks.Match(Read(check).Authentication);

        match.IsMatch.ShouldBe(isMatch);
        match.MatchScore.ShouldBe(matchScore);
        match.ScorePercent.ShouldBe(scorePercent);
    }

    [Fact]
    public void Read_NullCheck_IsNoCheck()
    {
        var data = Read("null");

        data.Liveness.ShouldBeNull();
        Checks.Liveness(data.Liveness, NoIssues, "liveness").IsLive.ShouldBeNull();
        Checks.Match(data.Authentication).IsMatch.ShouldBeNull();
    }

    [Fact]
    public void Read_CheckBetweenOtherMembers_LeavesTheReaderWhereTheBodyGoesOn()
    {
        var task = JsonSerializer.Deserialize(
            """{"result": {"data": {"liveness": {"result": true, "extra": {"a": [1, {"b": 2}]}, "data": {"x": [3]}}, "uuid": "after"}}, "status": "SUCCESS"}""",
            ProgenyJsonContext.Default.TaskEnvelopeFaceDataDto)!;

        task.Status.ShouldBe("SUCCESS");
        task.Result!.Data!.Uuid.ShouldBe("after");
        task.Result.Data.Liveness!.Result.ShouldBe(true);
    }

    /// <summary>A face service's data with <paramref name="check"/> as both its liveness and its authentication.</summary>
    private static FaceDataDto Read(string check) =>
        JsonSerializer.Deserialize("""{"result": {"data": {"liveness": """ + check + """, "authentication": """ + check + "}}}", ProgenyJsonContext.Default.TaskEnvelopeFaceDataDto)!.Result!.Data!;
}

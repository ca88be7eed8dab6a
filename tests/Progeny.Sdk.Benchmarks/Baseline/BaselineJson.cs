using System.Text.Json;
using System.Text.Json.Serialization;

namespace Progeny.Sdk.Benchmarks.Baseline;

/// <summary>The hand-written baseline's wire types: only what it reads, with the API's mixed naming.</summary>
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(BaselineTokens))]
[JsonSerializable(typeof(BaselineCreated))]
[JsonSerializable(typeof(BaselineTask<BaselineDocumentData>))]
[JsonSerializable(typeof(BaselineTask<BaselineFaceData>))]
[JsonSerializable(typeof(BaselineScreening))]
internal sealed partial class BaselineJson : JsonSerializerContext;

internal sealed record BaselineTokens([property: JsonPropertyName("access")] string Access, [property: JsonPropertyName("refresh")] string Refresh);

internal sealed record BaselineCreated([property: JsonPropertyName("id")] string Id);

/// <summary>The task envelope, generic in the service's <c>result.data</c>.</summary>
internal sealed record BaselineTask<TData>(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("result")] BaselineResult<TData>? Result)
{
    [JsonIgnore]
    public bool Succeeded => Status == "SUCCESS";
}

internal sealed record BaselineResult<TData>(
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("data")] TData? Data);

/// <summary>ocr_passport, ocr_card, kyc_passport, kyc_card: the document, and the verdicts of the kyc services.</summary>
internal sealed record BaselineDocumentData(
    [property: JsonPropertyName("document")] BaselineDocument? Document,
    [property: JsonPropertyName("compare")] bool? Compare,
    [property: JsonPropertyName("liveness")] bool? Liveness);

internal sealed record BaselineDocument(
    [property: JsonPropertyName("is_valid")] bool? IsValid,
    [property: JsonPropertyName("is_expired")] bool? IsExpired,
    [property: JsonPropertyName("dateOfBirth")] string? DateOfBirth,
    [property: JsonPropertyName("age")] int? Age,
    [property: JsonPropertyName("firstName")] string? FirstName,
    [property: JsonPropertyName("lastName")] string? LastName,
    [property: JsonPropertyName("dateOfIssue")] string? DateOfIssue,
    [property: JsonPropertyName("dateOfExpiry")] string? DateOfExpiry,
    [property: JsonPropertyName("documentNumber")] string? DocumentNumber,
    [property: JsonPropertyName("sex")] string? Sex,
    [property: JsonPropertyName("nationality")] string? Nationality,
    [property: JsonPropertyName("portrait")] string? Portrait,
    [property: JsonPropertyName("portrait_url")] string? PortraitUrl);

/// <summary>face_liveness, register_face, authenticate_face: the checks, the registered face's id, the issues.</summary>
internal sealed record BaselineFaceData(
    [property: JsonPropertyName("liveness")] BaselineCheck? Liveness,
    [property: JsonPropertyName("authentication")] BaselineCheck? Authentication,
    [property: JsonPropertyName("uuid")] string? Uuid,
    [property: JsonPropertyName("issues")] Dictionary<string, Dictionary<string, string>>? Issues);

/// <summary>A check: <c>{"result": true, "data": {...}}</c>, with an error code directly or under <c>data</c>.</summary>
internal sealed record BaselineCheck(
    [property: JsonPropertyName("result")] bool? Result,
    [property: JsonPropertyName("data")] BaselineCheckData? Data,
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("error_code")] string? ErrorCode);

/// <summary>A check's scores (<c>"20.0"</c> strings read as numbers) and its error.</summary>
internal sealed record BaselineCheckData(
    [property: JsonPropertyName("score")] double? Score,
    [property: JsonPropertyName("quality")] double? Quality,
    [property: JsonPropertyName("probability")] double? Probability,
    [property: JsonPropertyName("matchScore")] double? MatchScore,
    [property: JsonPropertyName("scorePercent")] double? ScorePercent,
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("error_code")] string? ErrorCode);

/// <summary>background_check's documented answer, without the task envelope.</summary>
internal sealed record BaselineScreening([property: JsonPropertyName("background_check")] BaselineBackgroundCheck? BackgroundCheck);

internal sealed record BaselineBackgroundCheck(
    [property: JsonPropertyName("potential_match")] bool? PotentialMatch,
    [property: JsonPropertyName("risk_level")] string? RiskLevel,
    [property: JsonPropertyName("total_matches")] int? TotalMatches,
    [property: JsonPropertyName("hits")] List<JsonElement>? Hits);

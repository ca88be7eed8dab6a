using System.Text.Json.Serialization;

namespace Progeny.Sdk.Benchmarks.Baseline;

/// <summary>The hand-written baseline's wire types: only what it reads, with the API's mixed naming.</summary>
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(BaselineTokens))]
[JsonSerializable(typeof(BaselineCreated))]
[JsonSerializable(typeof(BaselineTask))]
internal sealed partial class BaselineJson : JsonSerializerContext;

internal sealed record BaselineTokens([property: JsonPropertyName("access")] string Access, [property: JsonPropertyName("refresh")] string Refresh);

internal sealed record BaselineCreated([property: JsonPropertyName("id")] string Id);

internal sealed record BaselineTask(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("result")] BaselineResult? Result);

internal sealed record BaselineResult(
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("data")] BaselineData? Data);

internal sealed record BaselineData(
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

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Progeny.Sdk.Internal.Json;

/// <summary>The <c>result.data.document</c> of a document service (passport or card), with the API's mixed naming.</summary>
internal sealed class DocumentDto
{
    [JsonPropertyName("is_valid")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? IsValid { get; set; }

    [JsonPropertyName("is_expired")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? IsExpired { get; set; }

    [JsonPropertyName("dateOfBirth")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DateOfBirth { get; set; }

    [JsonPropertyName("age")]
    [JsonConverter(typeof(LenientInt32Converter))]
    public int? Age { get; set; }

    [JsonPropertyName("firstName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? FirstName { get; set; }

    [JsonPropertyName("lastName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? LastName { get; set; }

    [JsonPropertyName("dateOfIssue")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DateOfIssue { get; set; }

    [JsonPropertyName("dateOfExpiry")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DateOfExpiry { get; set; }

    [JsonPropertyName("documentNumber")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DocumentNumber { get; set; }

    [JsonPropertyName("sex")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Sex { get; set; }

    [JsonPropertyName("nationality")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Nationality { get; set; }

    [JsonPropertyName("portrait")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Portrait { get; set; }

    [JsonPropertyName("portrait_url")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? PortraitUrl { get; set; }

    [JsonPropertyName("error")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Error { get; set; }

    [JsonPropertyName("error_code")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ErrorCode { get; set; }

    /// <summary>The document's other fields (a card's categories, an address): a card keeps them.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; set; }
}

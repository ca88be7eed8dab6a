using System.Text.Json;
using System.Text.Json.Serialization;

namespace Progeny.Sdk.Internal.Json;

/// <summary><c>{"potential_match": false, "risk_level": "unknown", "total_matches": 0, "hits": []}</c>.</summary>
internal sealed class BackgroundCheckDto
{
    [JsonPropertyName("potential_match")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? PotentialMatch { get; set; }

    [JsonPropertyName("risk_level")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? RiskLevel { get; set; }

    [JsonPropertyName("total_matches")]
    [JsonConverter(typeof(LenientInt32Converter))]
    public int? TotalMatches { get; set; }

    /// <summary>The matches, whose shape is not documented: kept as they came.</summary>
    [JsonPropertyName("hits")]
    [JsonConverter(typeof(JsonItemsConverter))]
    public IReadOnlyList<JsonElement>? Hits { get; set; }
}

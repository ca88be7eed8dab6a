using System.Text.Json.Serialization;

namespace Progeny.Sdk.Internal.Json;

/// <summary>The body of <c>accounts/token/obtain/</c> and <c>accounts/token/refresh/</c>.</summary>
internal sealed class TokenPairDto
{
    [JsonPropertyName("access")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Access { get; set; }

    [JsonPropertyName("refresh")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Refresh { get; set; }
}

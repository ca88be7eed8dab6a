using System.Text.Json;
using System.Text.Json.Serialization;

namespace Progeny.Sdk.Internal.Json;

/// <summary>What every service's <c>result.data</c> may hold: an error, <c>issues</c>, and members the SDK does not know.</summary>
internal abstract class TaskDataDto
{
    [JsonPropertyName("error")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Error { get; set; }

    [JsonPropertyName("error_code")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ErrorCode { get; set; }

    /// <summary><c>{"liveness": {"FACE_TOO_SMALL": "Absolute face size is too small"}}</c>, read leniently when mapped.</summary>
    [JsonPropertyName("issues")]
    public JsonElement? Issues { get; set; }

    /// <summary>Everything else: the providers' original responses, fields not yet known.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; set; }
}

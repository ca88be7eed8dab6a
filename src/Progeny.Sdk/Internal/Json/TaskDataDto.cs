using System.Text.Json;
using System.Text.Json.Serialization;

namespace Progeny.Sdk.Internal.Json;

/// <summary>The <c>result.data</c> of an ocr_passport task.</summary>
internal sealed class TaskDataDto
{
    [JsonPropertyName("document")]
    public DocumentDto? Document { get; set; }

    /// <summary>A verdict (<c>true</c>, <c>"true"</c>) or a check object (<c>{"result": false, "error_code": "..."}</c>).</summary>
    [JsonPropertyName("compare")]
    public JsonElement? Compare { get; set; }

    /// <summary>A verdict (<c>true</c>, <c>"true"</c>) or a check object (<c>{"result": false, "error_code": "..."}</c>).</summary>
    [JsonPropertyName("liveness")]
    public JsonElement? Liveness { get; set; }

    [JsonPropertyName("error")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Error { get; set; }

    [JsonPropertyName("error_code")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ErrorCode { get; set; }

    /// <summary>Everything else: <c>issues</c>, the provider's original response, fields not yet known.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; set; }
}

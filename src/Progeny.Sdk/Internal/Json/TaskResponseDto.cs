using System.Text.Json.Serialization;

namespace Progeny.Sdk.Internal.Json;

/// <summary>The body of <c>services/task/?id=</c>: <c>{"id": 2188, "status": "SUCCESS", "result": {...}}</c>.</summary>
internal sealed class TaskResponseDto
{
    [JsonPropertyName("id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    [JsonPropertyName("status")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }

    [JsonPropertyName("result")]
    [JsonConverter(typeof(LenientTaskResultConverter))]
    public TaskResultDto? Result { get; set; }
}

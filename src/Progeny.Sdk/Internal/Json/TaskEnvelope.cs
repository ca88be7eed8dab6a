using System.Text.Json.Serialization;

namespace Progeny.Sdk.Internal.Json;

/// <summary>
/// The body of <c>services/task/?id=</c> for one service: <c>{"id": 2188, "status": "SUCCESS", "result": {...}}</c>.
/// Generic in the service's <c>result.data</c>, so that a finished task is read in one pass.
/// </summary>
/// <typeparam name="TData">The service's <c>result.data</c>.</typeparam>
internal sealed class TaskEnvelope<TData>
    where TData : TaskDataDto
{
    [JsonPropertyName("id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    [JsonPropertyName("status")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }

    [JsonPropertyName("result")]
    public TaskResult<TData>? Result { get; set; }
}

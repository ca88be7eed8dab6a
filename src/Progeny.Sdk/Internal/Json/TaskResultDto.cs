using System.Text.Json.Serialization;

namespace Progeny.Sdk.Internal.Json;

/// <summary>The <c>result</c> of a task: an HTTP-like <c>status</c> and the service's <c>data</c>.</summary>
internal sealed class TaskResultDto
{
    [JsonPropertyName("status")]
    [JsonConverter(typeof(LenientInt32Converter))]
    public int? Status { get; set; }

    [JsonPropertyName("data")]
    public TaskDataDto? Data { get; set; }

    [JsonPropertyName("error")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Error { get; set; }

    [JsonPropertyName("error_code")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ErrorCode { get; set; }
}

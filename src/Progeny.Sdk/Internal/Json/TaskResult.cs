using System.Text.Json.Serialization;

namespace Progeny.Sdk.Internal.Json;

/// <summary>The <c>result</c> of a task: an HTTP-like <c>status</c>, the service's <c>data</c>, and an error if there was one.</summary>
/// <typeparam name="TData">The service's <c>result.data</c>.</typeparam>
internal sealed class TaskResult<TData>
    where TData : TaskDataDto
{
    [JsonPropertyName("status")]
    [JsonConverter(typeof(LenientInt32Converter))]
    public int? Status { get; set; }

    [JsonPropertyName("data")]
    public TData? Data { get; set; }

    [JsonPropertyName("error")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Error { get; set; }

    [JsonPropertyName("error_code")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ErrorCode { get; set; }

    /// <summary>Gets a value indicating whether the result says that the service failed: an inner status of 400 or more, or an error code.</summary>
    public bool SignalsError => Status >= 400 || ErrorCode is not null || Data?.ErrorCode is not null;
}

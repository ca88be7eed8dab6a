using System.Text.Json.Serialization;

namespace Progeny.Sdk.Internal.Json;

/// <summary>The body of a service POST: <c>{"id": "&lt;uuid&gt;"}</c>.</summary>
internal sealed class TaskCreatedDto
{
    [JsonPropertyName("id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }
}

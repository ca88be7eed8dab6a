using System.Text.Json.Serialization;

namespace Progeny.Sdk.Internal.Json;

/// <summary>
/// background_check's data: <c>{"background_check": {...}}</c>, as <c>result.data</c> or, as documented, as the whole body.
/// </summary>
internal sealed class BackgroundCheckDataDto : TaskDataDto
{
    [JsonPropertyName("background_check")]
    public BackgroundCheckDto? BackgroundCheck { get; set; }
}

using System.Text.Json.Serialization;

namespace Progeny.Sdk.Internal.Json;

/// <summary>The <c>result.data</c> of the face services (face_liveness, register_face, authenticate_face).</summary>
internal sealed class FaceDataDto : TaskDataDto
{
    /// <summary>A check object (<c>{"result": true, "data": {"score": ...}}</c>) or a verdict.</summary>
    [JsonPropertyName("liveness")]
    public CheckDto? Liveness { get; set; }

    /// <summary>authenticate_face's comparison: <c>{"result": true, "data": {"matchScore": "20.0", ...}}</c>.</summary>
    [JsonPropertyName("authentication")]
    public CheckDto? Authentication { get; set; }

    /// <summary>register_face's id of the registered face.</summary>
    [JsonPropertyName("uuid")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Uuid { get; set; }
}

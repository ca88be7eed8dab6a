using System.Text.Json.Serialization;

namespace Progeny.Sdk.Internal.Json;

/// <summary>The <c>result.data</c> of the document services (ocr_passport, ocr_card, kyc_passport, kyc_card).</summary>
internal sealed class DocumentDataDto : TaskDataDto
{
    [JsonPropertyName("document")]
    public DocumentDto? Document { get; set; }

    /// <summary>A verdict (<c>true</c>, <c>"true"</c>) or a check object (<c>{"result": false, "data": {...}}</c>).</summary>
    [JsonPropertyName("compare")]
    public CheckDto? Compare { get; set; }

    /// <summary>A verdict (<c>true</c>, <c>"true"</c>) or a check object (<c>{"result": false, "error_code": "..."}</c>).</summary>
    [JsonPropertyName("liveness")]
    public CheckDto? Liveness { get; set; }
}

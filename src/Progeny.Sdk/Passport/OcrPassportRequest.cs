namespace Progeny.Sdk;

/// <summary>An ocr_passport task: read a passport page's data.</summary>
/// <param name="PassportImage">A PNG or JPEG photo of the passport page (the <c>passport_image</c> field); Progeny advises at most 1080 px high.</param>
public sealed record OcrPassportRequest(ProgenyImage PassportImage)
{
    /// <summary>Gets a value indicating whether the service should also return the OCR provider's original response (in <see cref="ProgenyResult.ProviderData"/>).</summary>
    /// <value>Defaults to <see langword="false"/>. Sent as <c>extend_data</c>, always.</value>
    public bool ExtendData { get; init; }
}

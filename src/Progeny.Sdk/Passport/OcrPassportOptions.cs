namespace Progeny.Sdk;

/// <summary>What to ask of the ocr_passport service for one image.</summary>
public sealed class OcrPassportOptions
{
    /// <summary>Gets a value indicating whether the service should return the OCR provider's original response too.</summary>
    /// <value>Defaults to <see langword="false"/>. Sent as <c>extend_data</c>, always, as the API requires.</value>
    public bool ExtendData { get; init; }
}

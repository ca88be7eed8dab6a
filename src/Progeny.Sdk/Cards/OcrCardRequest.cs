namespace Progeny.Sdk;

/// <summary>An ocr_card task: read an ID card or driving licence from photos of its front and back.</summary>
/// <param name="FrontImage">A PNG or JPEG photo of the front (the <c>front_id</c> field).</param>
/// <param name="BackImage">A PNG or JPEG photo of the back (the <c>back_id</c> field).</param>
public sealed record OcrCardRequest(ProgenyImage FrontImage, ProgenyImage BackImage)
{
    /// <summary>Gets a value indicating whether the service should also return its providers' original responses (in <see cref="ProgenyResult.ProviderData"/>).</summary>
    /// <value>Defaults to <see langword="false"/>. Sent as <c>extend_data</c>, always.</value>
    public bool ExtendData { get; init; }
}

namespace Progeny.Sdk;

/// <summary>A kyc_passport task: read a passport page, check that the selfie is live, and match it with the passport's portrait.</summary>
/// <param name="PassportImage">A PNG or JPEG photo of the passport page (the <c>passport_image</c> field).</param>
/// <param name="SelfieImage">A PNG or JPEG selfie of the holder (the <c>selfie_image</c> field).</param>
public sealed record KycPassportRequest(ProgenyImage PassportImage, ProgenyImage SelfieImage)
{
    /// <summary>Gets a value indicating whether the service should also return its providers' original responses (in <see cref="ProgenyResult.ProviderData"/>).</summary>
    /// <value>Defaults to <see langword="false"/>. Sent as <c>extend_data</c>, always.</value>
    public bool ExtendData { get; init; }
}

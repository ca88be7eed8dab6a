namespace Progeny.Sdk;

/// <summary>A kyc_card task: read an ID card or driving licence, check that the selfie is live, and match it with the card's portrait.</summary>
/// <param name="FrontImage">A PNG or JPEG photo of the front (the <c>front_id</c> field).</param>
/// <param name="BackImage">A PNG or JPEG photo of the back (the <c>back_id</c> field).</param>
/// <param name="SelfieImage">A PNG or JPEG selfie of the holder (the <c>selfie_image</c> field).</param>
public sealed record KycCardRequest(ProgenyImage FrontImage, ProgenyImage BackImage, ProgenyImage SelfieImage)
{
    /// <summary>Gets a value indicating whether the service should also return its providers' original responses (in <see cref="ProgenyResult.ProviderData"/>).</summary>
    /// <value>Defaults to <see langword="false"/>. Sent as <c>extend_data</c>, always.</value>
    public bool ExtendData { get; init; }
}

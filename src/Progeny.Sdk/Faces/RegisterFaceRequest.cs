namespace Progeny.Sdk;

/// <summary>A register_face task: check that the face is live and register it, for later authentication.</summary>
/// <param name="FaceImage">A PNG or JPEG photo of the face (the <c>image</c> field); Progeny advises at most 1080 px high.</param>
public sealed record RegisterFaceRequest(ProgenyImage FaceImage)
{
    /// <summary>Gets a value indicating whether the service should also return its providers' original responses (in <see cref="ProgenyResult.ProviderData"/>).</summary>
    /// <value>Defaults to <see langword="false"/>. Sent as <c>extend_data</c>, always.</value>
    public bool ExtendData { get; init; }
}

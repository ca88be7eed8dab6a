namespace Progeny.Sdk;

/// <summary>An authenticate_face task: check that the face is live and match it with a face registered earlier.</summary>
/// <param name="FaceImage">A PNG or JPEG photo of the face (the <c>image</c> field).</param>
/// <param name="FaceId">The <see cref="FaceRegistrationResult.FaceId"/> of the registered face (the <c>uuid</c> field).</param>
/// <remarks><see cref="object.ToString"/> never prints <paramref name="FaceId"/>: it identifies a person.</remarks>
public sealed record AuthenticateFaceRequest(ProgenyImage FaceImage, string FaceId)
{
    /// <summary>Gets a value indicating whether the service should also return its providers' original responses (in <see cref="ProgenyResult.ProviderData"/>).</summary>
    /// <value>Defaults to <see langword="false"/>. Sent as <c>extend_data</c>, always.</value>
    public bool ExtendData { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("FaceImage = ").Append(FaceImage).Append(", FaceId = [redacted], ExtendData = ").Append(ExtendData);
        return true;
    }
}

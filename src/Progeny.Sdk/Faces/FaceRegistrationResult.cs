using System.Text;

namespace Progeny.Sdk;

/// <summary>The result of a finished register_face task: the id of the registered face.</summary>
/// <remarks><see cref="object.ToString"/> never prints <see cref="FaceId"/>: it identifies a person.</remarks>
public sealed record FaceRegistrationResult : ProgenyResult
{
    /// <summary>
    /// Gets the id of the registered face (the API's <c>uuid</c>, a version-1 UUID kept as the string it came as): pass
    /// it to <see cref="AuthenticateFaceRequest"/> to match a later selfie against this face.
    /// </summary>
    public string FaceId { get; init; } = string.Empty;

    /// <inheritdoc/>
    protected override bool PrintMembers(StringBuilder builder)
    {
        base.PrintMembers(builder);
        builder.Append(", FaceId = ").Append(FaceId.Length == 0 ? "none" : "[present]");
        return true;
    }
}

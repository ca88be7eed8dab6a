using System.Text;

namespace Progeny.Sdk;

/// <summary>
/// The result of a finished authenticate_face task: is the selfie a live person, and is it the registered face.
/// A negative check is an answer here, not an exception.
/// </summary>
public sealed record FaceAuthenticationResult : ProgenyResult
{
    /// <summary>Gets the comparison with the registered face (the API's <c>authentication</c>).</summary>
    public FaceMatch Match { get; init; } = new();

    /// <summary>Gets the liveness check of the selfie.</summary>
    public LivenessCheck Liveness { get; init; } = new();

    /// <inheritdoc/>
    protected override bool PrintMembers(StringBuilder builder)
    {
        base.PrintMembers(builder);
        builder.Append(", Match = ").Append(Match).Append(", Liveness = ").Append(Liveness);
        return true;
    }
}

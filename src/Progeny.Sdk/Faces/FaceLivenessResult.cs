using System.Text;

namespace Progeny.Sdk;

/// <summary>The result of a finished face_liveness task: a negative check is an answer here, not an exception.</summary>
public sealed record FaceLivenessResult : ProgenyResult
{
    /// <summary>Gets the liveness check's answer.</summary>
    public LivenessCheck Liveness { get; init; } = new();

    /// <inheritdoc/>
    protected override bool PrintMembers(StringBuilder builder)
    {
        base.PrintMembers(builder);
        builder.Append(", Liveness = ").Append(Liveness);
        return true;
    }
}

using System.Text;

namespace Progeny.Sdk;

/// <summary>
/// The result of a finished kyc_passport task: the passport's data, the selfie's liveness, and whether the selfie
/// matches the passport's portrait. Negative checks are answers here; a task without a document is an exception.
/// </summary>
/// <remarks><see cref="object.ToString"/> never prints the holder's data.</remarks>
public sealed record KycPassportResult : ProgenyResult
{
    /// <summary>Gets the data read from the passport page.</summary>
    public PassportDocument Document { get; init; } = new();

    /// <summary>Gets the liveness check of the selfie.</summary>
    public LivenessCheck Liveness { get; init; } = new();

    /// <summary>Gets the comparison of the selfie with the passport's portrait.</summary>
    public FaceMatch Match { get; init; } = new();

    /// <inheritdoc/>
    protected override bool PrintMembers(StringBuilder builder)
    {
        base.PrintMembers(builder);
        builder.Append(", Document = ").Append(Document).Append(", Liveness = ").Append(Liveness).Append(", Match = ").Append(Match);
        return true;
    }
}

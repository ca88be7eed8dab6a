using System.Text;

namespace Progeny.Sdk;

/// <summary>
/// The result of a finished kyc_card task: the card's data, the selfie's liveness, and whether the selfie
/// matches the card's portrait. Negative checks are answers here; a task without a document is an exception.
/// </summary>
/// <remarks><see cref="object.ToString"/> never prints the holder's data.</remarks>
public sealed record KycCardResult : ProgenyResult
{
    /// <summary>Gets the data read from the card's front and back.</summary>
    public CardDocument Document { get; init; } = new();

    /// <summary>Gets the liveness check of the selfie.</summary>
    public LivenessCheck Liveness { get; init; } = new();

    /// <summary>Gets the comparison of the selfie with the card's portrait.</summary>
    public FaceMatch Match { get; init; } = new();

    /// <inheritdoc/>
    protected override bool PrintMembers(StringBuilder builder)
    {
        base.PrintMembers(builder);
        builder.Append(", Document = ").Append(Document).Append(", Liveness = ").Append(Liveness).Append(", Match = ").Append(Match);
        return true;
    }
}

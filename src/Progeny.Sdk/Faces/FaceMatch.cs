namespace Progeny.Sdk;

/// <summary>A face comparison's answer: does the face match the registered face or the document's portrait.</summary>
/// <remarks>No threshold is documented: the decision is <see cref="IsMatch"/>. Scores sent as strings (<c>"20.0"</c>) are read as numbers.</remarks>
public sealed record FaceMatch
{
    /// <summary>Gets the verdict: <see langword="true"/> for the same person, <see langword="null"/> when the service gave none.</summary>
    public bool? IsMatch { get; init; }

    /// <summary>Gets the provider's match score (<c>matchScore</c>).</summary>
    public double? MatchScore { get; init; }

    /// <summary>Gets the match score as a percentage (<c>scorePercent</c>).</summary>
    public double? ScorePercent { get; init; }
}

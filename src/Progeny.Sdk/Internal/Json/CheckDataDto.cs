namespace Progeny.Sdk.Internal.Json;

/// <summary>The <c>data</c> object of a check: its scores (numbers, or numbers as strings) and its error (FACE_NOT_FOUND).</summary>
internal sealed class CheckDataDto
{
    /// <summary>Gets the data of a check that has none.</summary>
    public static CheckDataDto None { get; } = new();

    public double? Score { get; init; }

    public double? Quality { get; init; }

    public double? Probability { get; init; }

    /// <summary>Gets <c>matchScore</c>, or <c>match_score</c> when that cannot be read.</summary>
    public double? MatchScore { get; init; }

    /// <summary>Gets <c>scorePercent</c>, or <c>score_percent</c> when that cannot be read.</summary>
    public double? ScorePercent { get; init; }

    public string? ErrorCode { get; init; }

    public string? Error { get; init; }
}

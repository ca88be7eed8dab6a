using System.Globalization;
using System.Text.Json;

namespace Progeny.Sdk.Testing.WireMock;

/// <summary>
/// The face comparison of a stubbed authenticate_face or kyc task: <c>{"result": true, "data": {"matchScore": "20.0",
/// "scorePercent": "100.0"}}</c>, the scores written as strings, as the documented sample does. Vary <see cref="Sample"/> with <c>with</c>.
/// </summary>
public sealed record StubFaceMatch
{
    /// <summary>Gets the documented match: <c>result</c> true, <c>matchScore</c> "20.0", <c>scorePercent</c> "100.0".</summary>
    public static StubFaceMatch Sample { get; } = new() { IsMatch = true, MatchScore = 20.0, ScorePercent = 100.0 };

    /// <summary>Gets the verdict, <c>result</c>.</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool IsMatch { get; init; } = true;

    /// <summary>Gets <c>data.matchScore</c>, sent as a string such as <c>"20.0"</c>.</summary>
    public double? MatchScore { get; init; }

    /// <summary>Gets <c>data.scorePercent</c>, sent as a string such as <c>"100.0"</c>.</summary>
    public double? ScorePercent { get; init; }

    internal void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("result", IsMatch);
        if (MatchScore is not null || ScorePercent is not null)
        {
            writer.WriteStartObject("data");
            NumberAsString(writer, "matchScore", MatchScore);
            NumberAsString(writer, "scorePercent", ScorePercent);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a number as Python's <c>str(float)</c> would: at least one decimal, <c>"20.0"</c>.</summary>
    private static void NumberAsString(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteString(name, number.ToString("0.0###############", CultureInfo.InvariantCulture));
        }
    }
}

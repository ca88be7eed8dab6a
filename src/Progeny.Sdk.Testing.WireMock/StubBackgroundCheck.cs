using System.Text.Json;
using Progeny.Sdk.Testing.WireMock.Internal;

namespace Progeny.Sdk.Testing.WireMock;

/// <summary>
/// The <c>background_check</c> object of a stubbed background_check task: <c>{"potential_match": false, "risk_level":
/// "unknown", "total_matches": 0, "hits": []}</c> in the documented sample. Vary <see cref="Sample"/> with <c>with</c>.
/// </summary>
public sealed record StubBackgroundCheck
{
    private readonly IReadOnlyList<string> _hits = [];

    /// <summary>Gets the documented sample: no potential match, risk level <c>unknown</c>, no hits.</summary>
    public static StubBackgroundCheck Sample { get; } = new();

    /// <summary>Gets <c>potential_match</c>.</summary>
    /// <value>Defaults to <see langword="false"/>.</value>
    public bool PotentialMatch { get; init; }

    /// <summary>Gets <c>risk_level</c>; only <c>unknown</c> is documented.</summary>
    /// <value>Defaults to <c>unknown</c>.</value>
    public string RiskLevel { get; init; } = "unknown";

    /// <summary>Gets <c>total_matches</c>.</summary>
    /// <value>Defaults to 0.</value>
    public int TotalMatches { get; init; }

    /// <summary>Gets the <c>hits</c>, each one JSON value written verbatim (their shape is not documented).</summary>
    /// <value>Defaults to none.</value>
    /// <exception cref="ArgumentException">A hit is not one valid JSON value.</exception>
    public IReadOnlyList<string> Hits
    {
        get => _hits;
        init => _hits = StubJson.ValidatedValues(value);
    }

    internal void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("potential_match", PotentialMatch);
        writer.WriteString("risk_level", RiskLevel);
        writer.WriteNumber("total_matches", TotalMatches);
        writer.WriteStartArray("hits");
        foreach (var hit in _hits)
        {
            writer.WriteRawValue(hit);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

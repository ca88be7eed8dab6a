using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Progeny.Sdk;

/// <summary>The result of a finished background_check task: an anti-money-laundering screening of a name and birth date.</summary>
/// <remarks><see cref="object.ToString"/> never prints the hits, which hold other people's data.</remarks>
public sealed record BackgroundCheckResult : ProgenyResult
{
    /// <summary>Gets a value indicating whether the screening found a potential match on a watch list.</summary>
    public bool? PotentialMatch { get; init; }

    /// <summary>Gets the risk level as the service writes it, e.g. <c>unknown</c> (other values are not documented).</summary>
    public string? RiskLevel { get; init; }

    /// <summary>Gets the number of matches found.</summary>
    public int? TotalMatches { get; init; }

    /// <summary>Gets the matches as the service sent them (their shape is not documented). Empty when there are none.</summary>
    public IReadOnlyList<JsonElement> Hits { get; init; } = [];

    /// <inheritdoc/>
    protected override bool PrintMembers(StringBuilder builder)
    {
        base.PrintMembers(builder);
        builder.Append(", PotentialMatch = ").Append(PotentialMatch?.ToString() ?? "null")
            .Append(", RiskLevel = ").Append(RiskLevel ?? "null")
            .Append(", TotalMatches = ").Append(TotalMatches?.ToString(CultureInfo.InvariantCulture) ?? "null")
            .Append(", Hits = ").Append(Hits.Count);
        return true;
    }
}

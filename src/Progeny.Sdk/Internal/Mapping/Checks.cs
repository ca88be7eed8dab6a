using System.Collections.Frozen;
using System.Text.Json;
using Progeny.Sdk.Internal.Json;

namespace Progeny.Sdk.Internal;

/// <summary>
/// Maps a check's answer (<see cref="CheckDto"/>: a bare verdict or a check object) to its result, with its error code in
/// either documented place, and reads the <c>issues</c> map.
/// </summary>
internal static class Checks
{
    /// <summary>Maps a liveness answer; its error code comes from the check, its <c>data</c>, or <c>issues.&lt;issuesKey&gt;</c>.</summary>
    public static LivenessCheck Liveness(CheckDto? check, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> issues, string issuesKey)
    {
        var data = check?.Data ?? CheckDataDto.None;
        var (code, error) = check?.ErrorCode is { } own ? (own, check.Error) : (data.ErrorCode, data.ErrorCode is null ? null : data.Error);
        if (code is null && issues.TryGetValue(issuesKey, out var checkIssues))
        {
            (code, error) = checkIssues.Select(issue => (issue.Key, issue.Value)).FirstOrDefault();
        }

        return new LivenessCheck
        {
            IsLive = check?.Result,
            Score = data.Score,
            Quality = data.Quality,
            Probability = data.Probability,
            ErrorCode = code,
            Error = error,
        };
    }

    /// <summary>Maps a face comparison: <c>{"result": true, "data": {"matchScore": "20.0", "scorePercent": "100.0"}}</c> or a verdict.</summary>
    public static FaceMatch Match(CheckDto? check) => new()
    {
        IsMatch = check?.Result,
        MatchScore = check?.Data.MatchScore,
        ScorePercent = check?.Data.ScorePercent,
    };

    /// <summary>Reads <c>{"check": {"CODE": "message"}}</c>; members that are not of that shape, or cannot be read, are left out.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Issues(JsonElement? issues)
    {
        if (issues is not { ValueKind: JsonValueKind.Object } map)
        {
            return FrozenDictionary<string, IReadOnlyDictionary<string, string>>.Empty;
        }

        var checks = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        try
        {
            foreach (var check in map.EnumerateObject())
            {
                if (check.Value.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                var codes = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var code in check.Value.EnumerateObject())
                {
                    codes[code.Name] = WireValues.String(code.Value) ?? string.Empty;
                }

                checks[check.Name] = codes;
            }
        }
        catch (InvalidOperationException)
        {
            // A name that is not valid UTF-8 or UTF-16 cannot be read: the issues read so far are kept.
        }

        return checks;
    }
}

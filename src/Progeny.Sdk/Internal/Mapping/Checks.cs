using System.Collections.Frozen;
using System.Text.Json;

namespace Progeny.Sdk.Internal;

/// <summary>
/// Reads a check's answer: a bare verdict (<c>true</c>, <c>"true"</c>) or a check object
/// (<c>{"result": false, "data": {...}, "error_code": "..."}</c>), with its error code in either documented place, and
/// the <c>issues</c> map.
/// </summary>
internal static class Checks
{
    /// <summary>Reads a liveness answer; its error code comes from the check, its <c>data</c>, or <c>issues.&lt;issuesKey&gt;</c>.</summary>
    public static LivenessCheck Liveness(JsonElement? check, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> issues, string issuesKey)
    {
        var data = Data(check);
        var (code, error) = Code(check, data);
        if (code is null && issues.TryGetValue(issuesKey, out var checkIssues))
        {
            (code, error) = checkIssues.Select(issue => (issue.Key, issue.Value)).FirstOrDefault();
        }

        return new LivenessCheck
        {
            IsLive = Verdict(check),
            Score = Member(data, "score", WireValues.Number),
            Quality = Member(data, "quality", WireValues.Number),
            Probability = Member(data, "probability", WireValues.Number),
            ErrorCode = code,
            Error = error,
        };
    }

    /// <summary>Reads a face comparison: <c>{"result": true, "data": {"matchScore": "20.0", "scorePercent": "100.0"}}</c> or a verdict.</summary>
    public static FaceMatch Match(JsonElement? check)
    {
        var data = Data(check);
        return new FaceMatch
        {
            IsMatch = Verdict(check),
            MatchScore = Member(data, "matchScore", WireValues.Number) ?? Member(data, "match_score", WireValues.Number),
            ScorePercent = Member(data, "scorePercent", WireValues.Number) ?? Member(data, "score_percent", WireValues.Number),
        };
    }

    /// <summary>A bare verdict, or a check object's <c>result</c>.</summary>
    public static bool? Verdict(JsonElement? check) => check switch
    {
        { ValueKind: JsonValueKind.Object } value => value.TryGetProperty("result", out var result) ? WireValues.Boolean(result) : null,
        { } value => WireValues.Boolean(value),
        null => null,
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

    private static JsonElement? Data(JsonElement? check) =>
        check is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object ? data : null;

    /// <summary>The check's <c>error_code</c> and <c>error</c>, directly on it (FACE_TOO_SMALL) or under its <c>data</c> (FACE_NOT_FOUND).</summary>
    private static (string? Code, string? Error) Code(JsonElement? check, JsonElement? data)
    {
        foreach (var holder in (ReadOnlySpan<JsonElement?>)[check, data])
        {
            if (Member(holder, "error_code", WireValues.String) is { } code)
            {
                return (code, Member(holder, "error", WireValues.String));
            }
        }

        return (null, null);
    }

    private static T? Member<T>(JsonElement? holder, string name, Func<JsonElement, T?> read)
        where T : struct =>
        holder is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(name, out var member) ? read(member) : null;

    private static string? Member(JsonElement? holder, string name, Func<JsonElement, string?> read) =>
        holder is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(name, out var member) ? read(member) : null;
}

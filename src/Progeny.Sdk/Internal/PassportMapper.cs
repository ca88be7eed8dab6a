using System.Globalization;
using System.Text.Json;
using Progeny.Sdk.Internal.Json;

namespace Progeny.Sdk.Internal;

/// <summary>Maps the wire DTOs of a finished task to the public records, in one place, tolerating the API's quirks.</summary>
internal static class PassportMapper
{
    private static readonly IReadOnlyDictionary<string, JsonElement> NoProviderData = new Dictionary<string, JsonElement>();

    /// <summary>Whether a task that said <c>SUCCESS</c> really carries a document.</summary>
    public static bool HasDocument(TaskResponseDto task) =>
        task.Result is { Data.Document: { } document } result
        && (result.Status is null || result.Status < 400)
        && result.ErrorCode is null && result.Data.ErrorCode is null && document.ErrorCode is null;

    public static PassportOcrResult ToResult(string taskId, TaskResponseDto task)
    {
        var data = task.Result!.Data!;
        var document = data.Document!;
        return new PassportOcrResult
        {
            TaskId = taskId,
            RecordId = long.TryParse(task.Id, NumberStyles.Integer, CultureInfo.InvariantCulture, out var recordId) ? recordId : null,
            Compare = Verdict(data.Compare),
            Liveness = Verdict(data.Liveness),
            ProviderData = data.Other is { Count: > 0 } other ? Readable(other) : NoProviderData,
            Document = new PassportDocument
            {
                IsValid = document.IsValid,
                IsExpired = document.IsExpired,
                FirstName = Text(document.FirstName),
                LastName = Text(document.LastName),
                DocumentNumber = Text(document.DocumentNumber),
                Nationality = Text(document.Nationality),
                Sex = ParseSex(document.Sex),
                DateOfBirth = ParseDate(document.DateOfBirth),
                DateOfIssue = ParseDate(document.DateOfIssue),
                DateOfExpiry = ParseDate(document.DateOfExpiry),
                Age = document.Age,
                Portrait = Text(document.Portrait),
                PortraitUrl = Uri.TryCreate(document.PortraitUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) ? url : null,
            },
        };
    }

    /// <summary>The error code of a failed task, wherever the API put it; <see langword="null"/> if it gave none.</summary>
    public static string? ErrorCode(TaskResponseDto task)
    {
        var result = task.Result;
        return result?.ErrorCode ?? result?.Data?.ErrorCode ?? result?.Data?.Document?.ErrorCode ?? IssueCode(result?.Data) ?? CheckCode(result?.Data);
    }

    /// <summary>
    /// Reads <c>Y-M-D</c> with or without zero padding; <c>None-None-None</c>, missing parts, empty or impossible dates give <see langword="null"/>.
    /// </summary>
    public static DateOnly? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 64)
        {
            return null;
        }

        var span = text.AsSpan().Trim();
        var time = span.IndexOf('T');
        if (time > 0)
        {
            span = span[..time];
        }

        Span<Range> parts = stackalloc Range[4];
        if (span.Split(parts, '-') == 3
            && int.TryParse(span[parts[0]], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(span[parts[1]], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(span[parts[2]], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day);
        }

        return null;
    }

    public static Sex ParseSex(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "F" or "FEMALE" or "W" or "WOMAN" => Sex.Female,
        "M" or "MALE" or "MAN" => Sex.Male,
        "X" or "<" or "UNSPECIFIED" => Sex.Unspecified,
        _ => Sex.Unknown,
    };

    /// <summary>
    /// Reads <c>true</c>, <c>"true"</c>, <c>1</c>, or a check object's <c>result</c>; anything else, text that is not
    /// valid UTF-8 or UTF-16 included, as <see langword="null"/>.
    /// </summary>
    private static bool? Verdict(JsonElement? element)
    {
        try
        {
            return VerdictOf(element);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static bool? VerdictOf(JsonElement? element) => element switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        { ValueKind: JsonValueKind.Number } number => number.TryGetDouble(out var value) ? value != 0 : null,
        { ValueKind: JsonValueKind.String } text => LenientBooleanConverter.Parse(text.GetString()),
        { ValueKind: JsonValueKind.Object } check when check.TryGetProperty("result", out var result) && result.ValueKind != JsonValueKind.Object => VerdictOf(result),
        _ => null,
    };

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) || value == "None" ? null : value;

    /// <summary>The first code of <c>issues.&lt;check&gt;</c>, e.g. <c>{"issues": {"ocr": {"DOCUMENT_NOT_FOUND": "..."}}}</c>.</summary>
    private static string? IssueCode(TaskDataDto? data)
    {
        if (data?.Other is null || !data.Other.TryGetValue("issues", out var issues) || issues.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        try
        {
            foreach (var check in issues.EnumerateObject())
            {
                if (check.Value.ValueKind == JsonValueKind.Object)
                {
                    foreach (var code in check.Value.EnumerateObject())
                    {
                        return code.Name;
                    }
                }
            }
        }
        catch (InvalidOperationException)
        {
            // A name that is not valid UTF-8 or UTF-16 cannot be read: no code.
        }

        return null;
    }

    /// <summary>
    /// The <c>error_code</c> of a check object, directly or under its <c>data</c>, as in the face_liveness samples:
    /// <c>{"liveness": {"result": false, "error_code": "FACE_TOO_SMALL"}}</c>.
    /// </summary>
    private static string? CheckCode(TaskDataDto? data)
    {
        if (data is null)
        {
            return null;
        }

        var checks = (data.Other?.Values ?? Enumerable.Empty<JsonElement>()).Append(data.Liveness ?? default).Append(data.Compare ?? default);
        foreach (var check in checks.Where(c => c.ValueKind == JsonValueKind.Object))
        {
            if (CodeOf(check) is { } code)
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>The <c>error_code</c> of one check object or of its <c>data</c>; text that cannot be read is no code.</summary>
    private static string? CodeOf(JsonElement check)
    {
        try
        {
            return Code(check) ?? (check.TryGetProperty("data", out var inner) && inner.ValueKind == JsonValueKind.Object ? Code(inner) : null);
        }
        catch (InvalidOperationException)
        {
            return null;
        }

        static string? Code(JsonElement check) =>
            check.TryGetProperty("error_code", out var code) && code.ValueKind == JsonValueKind.String && code.GetString() is { Length: > 0 } text ? text : null;
    }

    /// <summary>
    /// The provider data a caller can read: a member holding text that is not valid UTF-8 or UTF-16 (which the parser
    /// lets through unread) is left out, since reading it would throw <see cref="InvalidOperationException"/>.
    /// </summary>
    private static Dictionary<string, JsonElement> Readable(Dictionary<string, JsonElement> other)
    {
        Dictionary<string, JsonElement>? readable = null;
        foreach (var (name, element) in other)
        {
            if (!IsReadable(element))
            {
                readable ??= new Dictionary<string, JsonElement>(other, other.Comparer);
                readable.Remove(name);
            }
        }

        return readable ?? other;
    }

    /// <summary>Whether every name and string in the element can be read (is valid UTF-8 and UTF-16).</summary>
    private static bool IsReadable(JsonElement element)
    {
        try
        {
            ReadAllText(element);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void ReadAllText(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    _ = property.Name;
                    ReadAllText(property.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    ReadAllText(item);
                }

                break;
            case JsonValueKind.String:
                _ = element.GetString();
                break;
        }
    }
}

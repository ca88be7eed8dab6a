using System.Text.Json;

namespace Progeny.Sdk.Internal;

/// <summary>
/// Finds the error code of a failed task wherever the API put it, in any service's body: <c>result.error_code</c>,
/// <c>result.data.error_code</c>, the first code of <c>issues</c>, or a check's <c>error_code</c> (directly or under its
/// <c>data</c>, as in the face_liveness samples). It reads the body as a document, which tolerates duplicate keys and
/// members of any shape, so that a body the typed reading refused still yields its code.
/// </summary>
internal static class TaskErrorCode
{
    private const int MaxCodeLength = 64;
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static string? Find(ReadOnlySpan<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body.ToArray(), Options);
            var root = document.RootElement;
            var result = Member(root, "result");
            var data = Member(result, "data") ?? (Member(root, "status") is null ? root : null);
            return Code(result) ?? Code(data) ?? IssueCode(Member(data, "issues")) ?? CheckCode(data);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>A check object's own code, then its data's: <c>{"liveness": {"data": {"error_code": "FACE_NOT_FOUND"}}}</c>.</summary>
    private static string? CheckCode(JsonElement? data)
    {
        if (data is not { ValueKind: JsonValueKind.Object } checks)
        {
            return null;
        }

        foreach (var check in checks.EnumerateObject())
        {
            if ((Code(check.Value) ?? Code(Member(check.Value, "data"))) is { } code)
            {
                return code;
            }
        }

        return null;
    }

    private static string? IssueCode(JsonElement? issues)
    {
        if (issues is not { ValueKind: JsonValueKind.Object } checks)
        {
            return null;
        }

        foreach (var check in checks.EnumerateObject())
        {
            if (check.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var code in check.Value.EnumerateObject())
                {
                    return Bounded(code.Name);
                }
            }
        }

        return null;
    }

    private static string? Code(JsonElement? holder) =>
        Member(holder, "error_code") is { ValueKind: JsonValueKind.String } code ? Bounded(code.GetString()) : null;

    private static JsonElement? Member(JsonElement? holder, string name) =>
        holder is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(name, out var member) ? member : null;

    /// <summary>A code fit for a message and a log line: short, printable, or none.</summary>
    private static string? Bounded(string? code) =>
        code is { Length: > 0 and <= MaxCodeLength } && code.All(c => c is >= '!' and <= '~') ? code : null;
}

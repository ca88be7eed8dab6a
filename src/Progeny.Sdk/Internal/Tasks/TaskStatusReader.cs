using System.Text;
using System.Text.Json;

namespace Progeny.Sdk.Internal;

/// <summary>
/// Reads only one top-level member of a task answer without deserializing anything: a created task's <c>id</c>, and the
/// <c>status</c> of an answer that is not its service's envelope (a <c>result</c> of another kind, background_check's
/// documented body).
/// </summary>
internal static class TaskStatusReader
{
    private static readonly JsonReaderOptions Options = new()
    {
        MaxDepth = 32,
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    private static readonly string[] KnownStatuses = ["PENDING", "STARTED", "RETRY", "SUCCESS", "FAILURE", "REVOKED"];

    /// <summary>Finds the status: <see langword="false"/> when the body is not one well-formed JSON object; <paramref name="status"/> is empty when it names none.</summary>
    public static bool TryRead(ReadOnlySpan<byte> body, out string status) => TryReadMember(body, "status"u8, out status);

    /// <summary>
    /// Finds the top-level member <paramref name="name"/> as text (a string, or a number as written; the last one wins):
    /// <see langword="false"/> when the body is not one well-formed JSON object; <paramref name="value"/> is empty when the
    /// member is missing, of another kind, or not valid UTF-8 or UTF-16.
    /// </summary>
    public static bool TryReadMember(ReadOnlySpan<byte> body, ReadOnlySpan<byte> name, out string value)
    {
        value = string.Empty;
        var reader = new Utf8JsonReader(body, Options);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isMember = reader.ValueTextEquals(name);
                reader.Read();
                if (isMember && reader.TokenType is JsonTokenType.String or JsonTokenType.Number)
                {
                    value = Text(ref reader) ?? string.Empty;
                }
                else
                {
                    reader.Skip();
                }
            }

            // The whole body must be well formed: a truncated answer is malformed, not finished.
            return reader.TokenType == JsonTokenType.EndObject && !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Whether the body is a JSON object with an object member <paramref name="name"/> at its top level; nothing is deserialized.</summary>
    public static bool HasObject(ReadOnlySpan<byte> body, ReadOnlySpan<byte> name)
    {
        var reader = new Utf8JsonReader(body, Options);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var found = reader.ValueTextEquals(name);
                reader.Read();
                if (found && reader.TokenType == JsonTokenType.StartObject)
                {
                    return true;
                }

                reader.Skip();
            }

            return false;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string? Text(ref Utf8JsonReader reader)
    {
        try
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                return Encoding.UTF8.GetString(reader.ValueSpan);
            }

            // The usual statuses cost no allocation.
            foreach (var known in KnownStatuses)
            {
                if (reader.ValueTextEquals(known))
                {
                    return known;
                }
            }

            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}

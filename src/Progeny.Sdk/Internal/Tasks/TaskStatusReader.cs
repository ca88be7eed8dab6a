using System.Text;
using System.Text.Json;

namespace Progeny.Sdk.Internal;

/// <summary>
/// Reads only the top-level <c>status</c> of a status answer, so that a poll of an unfinished task parses nothing else.
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
    public static bool TryRead(ReadOnlySpan<byte> body, out string status)
    {
        status = string.Empty;
        var reader = new Utf8JsonReader(body, Options);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isStatus = reader.ValueTextEquals("status"u8);
                reader.Read();
                if (isStatus && reader.TokenType is JsonTokenType.String or JsonTokenType.Number)
                {
                    status = Text(ref reader) ?? string.Empty;
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

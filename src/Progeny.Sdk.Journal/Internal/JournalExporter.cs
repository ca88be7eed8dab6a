using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Progeny.Sdk.Internal;

/// <summary>Writes journal entries as JSON Lines or CSV, without reflection.</summary>
internal static class JournalExporter
{
    private static readonly string[] Header =
        ["service", "key", "content_sha256", "state", "task_id", "failure_kind", "task_may_exist", "attempts", "created_at", "updated_at", "result"];

    public static async Task WriteAsync(Stream destination, IReadOnlyList<ProgenyJournalEntry> entries, ProgenyJournalExportFormat format, CancellationToken cancellationToken)
    {
        if (format == ProgenyJournalExportFormat.JsonLines)
        {
            await WriteJsonLinesAsync(destination, entries, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await WriteCsvAsync(destination, entries, cancellationToken).ConfigureAwait(false);
        }
    }

    public static string StateName(ProgenyJournalEntryState state) => state switch
    {
        ProgenyJournalEntryState.Pending => "pending",
        ProgenyJournalEntryState.Uploaded => "uploaded",
        ProgenyJournalEntryState.Finished => "finished",
        ProgenyJournalEntryState.Failed => "failed",
        _ => "unknown_outcome",
    };

    private static async Task WriteJsonLinesAsync(Stream destination, IReadOnlyList<ProgenyJournalEntry> entries, CancellationToken cancellationToken)
    {
        var writer = new Utf8JsonWriter(destination);
        await using (writer.ConfigureAwait(false))
        {
            foreach (var entry in entries)
            {
                writer.WriteStartObject();
                var values = Values(entry);
                for (var i = 0; i < Header.Length - 1; i++)
                {
                    WriteValue(writer, Header[i], values[i]);
                }

                writer.WritePropertyName("result");
                if (entry.ResultJson is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    writer.WriteRawValue(entry.ResultJson, skipInputValidation: false);
                }

                writer.WriteEndObject();
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                writer.Reset();
                destination.WriteByte((byte)'\n');
            }
        }

        await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void WriteValue(Utf8JsonWriter writer, string name, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNull(name); break;
            case bool flag: writer.WriteBoolean(name, flag); break;
            case int number: writer.WriteNumber(name, number); break;
            default: writer.WriteString(name, (string)value); break;
        }
    }

    private static async Task WriteCsvAsync(Stream destination, IReadOnlyList<ProgenyJournalEntry> entries, CancellationToken cancellationToken)
    {
        var text = new StreamWriter(destination, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true) { NewLine = "\r\n" };
        await using (text.ConfigureAwait(false))
        {
            await text.WriteLineAsync(string.Join(',', Header)).ConfigureAwait(false);
            foreach (var entry in entries)
            {
                var cells = Values(entry).Append(entry.ResultJson).Select(Cell);
                await text.WriteLineAsync(string.Join(',', cells).AsMemory(), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static string Cell(object? value)
    {
        var text = value switch
        {
            null => string.Empty,
            bool flag => flag ? "true" : "false",
            int number => number.ToString(CultureInfo.InvariantCulture),
            _ => (string)value,
        };
        return text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    private static object?[] Values(ProgenyJournalEntry entry) =>
    [
        entry.Service, entry.Key, entry.ContentSha256, StateName(entry.State), entry.TaskId, entry.FailureKind, entry.TaskMayExist,
        entry.Attempts, entry.CreatedAt.ToString("O", CultureInfo.InvariantCulture), entry.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
    ];
}

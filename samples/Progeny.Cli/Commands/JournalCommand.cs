using System.CommandLine;
using System.Globalization;
using System.Text;
using Progeny.Sdk;

namespace Progeny.Cli;

/// <summary>
/// <c>progeny journal &lt;file&gt;</c>: how many inputs of a journal are in each state; <c>progeny journal &lt;file&gt;
/// export</c>: its entries with their results, as JSON Lines or CSV. Never creates a journal.
/// </summary>
internal sealed class JournalCommand : Command
{
    private const string JsonLines = "jsonl";
    private const string Csv = "csv";

    private readonly Argument<string> _file = new("file")
    {
        Description = "A journal file, written by a service command run with --journal.",
    };

    private readonly Option<bool> _json = new("--json")
    {
        Description = "Write the counts as one JSON object.",
    };

    private readonly Option<string> _format = new Option<string>("--format", "-f")
    {
        Description = "jsonl (one JSON object per entry) or csv (a header row, then one row per entry).",
        DefaultValueFactory = _ => JsonLines,
        HelpName = "format",
    }.AcceptOnlyFromAmong(JsonLines, Csv);

    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "The file to write (replaced if it exists). [default: stdout]",
        HelpName = "file",
    };

    private readonly CliConsole _console;

    /// <summary>Initializes a new instance of the <see cref="JournalCommand"/> class.</summary>
    /// <param name="console">Where the command writes.</param>
    public JournalCommand(CliConsole console)
        : base("journal", "Show how many inputs of a journal (see --journal) are pending, uploaded, finished, failed or of unknown outcome; 'export' writes every entry with its result.")
    {
        _console = console;
        Add(_file);
        Add(_json);
        var export = new Command("export", "Write every entry of the journal (service, key, state, task id, failure, times, result) as JSON Lines or CSV. The results hold the holders' personal data.");
        export.Add(_format);
        export.Add(_output);
        export.SetAction((parseResult, cancellationToken) => WithJournalAsync(parseResult, journal => ExportAsync(journal, parseResult, cancellationToken), cancellationToken));
        Add(export);
        SetAction((parseResult, cancellationToken) => WithJournalAsync(parseResult, journal => ShowCountsAsync(journal, parseResult, cancellationToken), cancellationToken));
    }

    private async Task<int> WithJournalAsync(ParseResult parseResult, Func<ProgenyJournal, Task<int>> action, CancellationToken cancellationToken)
    {
        var path = parseResult.GetRequiredValue(_file);
        if (!File.Exists(path))
        {
            _console.WriteNotice($"journal {path}: no such file. A journal is created by a service command run with --journal {path}.");
            return ExitCodes.InputError;
        }

        try
        {
            var journal = await ProgenyJournal.OpenAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
            await using (journal.ConfigureAwait(false))
            {
                return await action(journal).ConfigureAwait(false);
            }
        }
        catch (ProgenyJournalException unusable)
        {
            _console.WriteNotice($"journal {path}: {unusable.Message}");
            return ExitCodes.InputError;
        }
    }

    private async Task<int> ShowCountsAsync(ProgenyJournal journal, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var counts = await journal.GetCountsAsync(cancellationToken).ConfigureAwait(false);
        (string Name, string JsonName, int Count)[] rows =
        [
            ("pending", "pending", counts.Pending),
            ("uploaded", "uploaded", counts.Uploaded),
            ("finished", "finished", counts.Finished),
            ("failed", "failed", counts.Failed),
            ("unknown outcome", "unknownOutcome", counts.UnknownOutcome),
            ("total", "total", counts.Total),
        ];
        _console.Output.WriteLine(parseResult.GetValue(_json)
            ? "{" + string.Join(",", rows.Select(row => string.Create(CultureInfo.InvariantCulture, $"\"{row.JsonName}\":{row.Count}"))) + "}"
            : string.Join(Environment.NewLine, rows.Select(row => string.Create(CultureInfo.InvariantCulture, $"{row.Name,-16}{row.Count,8}"))));
        if (counts.Uploaded > 0)
        {
            _console.WriteNotice($"{counts.Uploaded} uploaded but not finished: rerun the batch's command with --journal to wait for them (no new upload).");
        }

        if (counts.UnknownOutcome > 0)
        {
            _console.WriteNotice(
                $"{counts.UnknownOutcome} of unknown outcome (a paid task may exist): check with Progeny, by the times 'export' shows, then rerun the batch's command with --resend-unknown to upload them again, or leave them.");
        }

        return ExitCodes.Success;
    }

    private async Task<int> ExportAsync(ProgenyJournal journal, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var format = parseResult.GetValue(_format) == Csv ? ProgenyJournalExportFormat.Csv : ProgenyJournalExportFormat.JsonLines;
        if (parseResult.GetValue(_output) is not { } output)
        {
            using var buffer = new MemoryStream();
            await journal.ExportAsync(buffer, format, cancellationToken).ConfigureAwait(false);
            _console.Output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            _console.Output.Flush();
            return ExitCodes.Success;
        }

        if (string.Equals(Path.GetFullPath(output), Path.GetFullPath(parseResult.GetRequiredValue(_file)), StringComparison.Ordinal))
        {
            _console.WriteNotice($"--output {output}: that is the journal itself; give another file.");
            return ExitCodes.InputError;
        }

        try
        {
            var file = File.Create(output);
            await using (file.ConfigureAwait(false))
            {
                await journal.ExportAsync(file, format, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _console.WriteNotice($"--output {output}: cannot be written: {exception.Message}");
            return ExitCodes.InputError;
        }

        var counts = await journal.GetCountsAsync(cancellationToken).ConfigureAwait(false);
        _console.WriteNotice($"wrote {counts.Total} entries to {output}.");
        return ExitCodes.Success;
    }
}

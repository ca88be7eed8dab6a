using System.Text;
using System.Text.Json;
using Progeny.Sdk;
using Progeny.Sdk.Testing;

namespace Progeny.Cli.Tests;

public sealed class JournalCommandTests
{
    [Fact]
    public async Task Journal_AfterABatchWithAnUnknownOutcome_PrintsTheCountsAndWhatToDo()
    {
        using var folder = new TemporaryFolder();
        var journal = await BatchWithOneUnknownOutcomeAsync(folder, inputs: 3);

        var table = await CliRun.RunAsync("journal", journal);
        var json = await CliRun.RunAsync("journal", journal, "--json");

        table.ExitCode.ShouldBe(ExitCodes.Success, table.ToString());
        table.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .ShouldBe(["pending 0", "uploaded 0", "finished 2", "failed 0", "unknown outcome 1", "total 3"]);
        table.Error.ShouldContain("1 of unknown outcome");
        table.Error.ShouldContain("--resend-unknown");
        var counts = json.Json;
        counts.GetProperty("pending").GetInt32().ShouldBe(0);
        counts.GetProperty("uploaded").GetInt32().ShouldBe(0);
        counts.GetProperty("finished").GetInt32().ShouldBe(2);
        counts.GetProperty("failed").GetInt32().ShouldBe(0);
        counts.GetProperty("unknownOutcome").GetInt32().ShouldBe(1);
        counts.GetProperty("total").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task JournalExport_JsonLinesToStdout_OneParsableEntryPerInputWithItsResult()
    {
        using var folder = new TemporaryFolder();
        var journal = await BatchWithOneUnknownOutcomeAsync(folder, inputs: 3);

        var run = await CliRun.RunAsync("journal", journal, "export", "--format", "jsonl");

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        var entries = run.JsonLines;
        entries.Count.ShouldBe(3);
        entries.ShouldAllBe(entry => entry.GetProperty("service").GetString() == "ocr_passport");
        var unknown = entries.Where(entry => entry.GetProperty("state").GetString() == "unknown_outcome").ShouldHaveSingleItem();
        unknown.GetProperty("key").GetString().ShouldBe(Path.Combine(folder.Path, "passport-0000.jpg"));
        unknown.GetProperty("failure_kind").GetString().ShouldBe("upload-broken");
        unknown.GetProperty("result").ValueKind.ShouldBe(JsonValueKind.Null);
        var finished = entries.Where(entry => entry.GetProperty("state").GetString() == "finished").ToList();
        finished.Count.ShouldBe(2);
        finished.ShouldAllBe(entry => entry.GetProperty("result").GetProperty("document").GetProperty("document_number").GetString() == "X1234567");
    }

    [Fact]
    public async Task JournalExport_CsvToAFile_ParsesBackToTheSameEntries()
    {
        using var folder = new TemporaryFolder();
        var journal = await BatchWithOneUnknownOutcomeAsync(folder, inputs: 2);
        var csv = folder.PathOf("export.csv");

        var run = await CliRun.RunAsync("journal", journal, "export", "--format", "csv", "-o", csv);
        var jsonl = await CliRun.RunAsync("journal", journal, "export");

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        run.Output.ShouldBeEmpty();
        run.Error.ShouldContain($"wrote 2 entries to {csv}");
        var rows = ParseCsv(File.ReadAllText(csv, Encoding.UTF8));
        rows[0].ShouldBe(["service", "key", "content_sha256", "state", "task_id", "failure_kind", "task_may_exist", "attempts", "created_at", "updated_at", "result"]);
        rows.Count.ShouldBe(3);
        var expected = jsonl.JsonLines;
        for (var index = 0; index < expected.Count; index++)
        {
            var row = rows[index + 1];
            row[1].ShouldBe(expected[index].GetProperty("key").GetString());
            row[3].ShouldBe(expected[index].GetProperty("state").GetString());
            row[4].ShouldBe(expected[index].GetProperty("task_id").GetString() ?? string.Empty);
            if (row[3] == "finished")
            {
                using var result = JsonDocument.Parse(row[10]);
                result.RootElement.GetProperty("task_id").GetString().ShouldBe(row[4]);
                result.RootElement.GetProperty("document").GetProperty("last_name").GetString().ShouldBe("SPECIMEN");
            }
        }
    }

    [Fact]
    public async Task Journal_MissingFile_ExitsTwoAndCreatesNothing()
    {
        using var folder = new TemporaryFolder();
        var path = folder.PathOf("missing.journal");

        var counts = await CliRun.RunAsync("journal", path);
        var export = await CliRun.RunAsync("journal", path, "export");

        counts.ExitCode.ShouldBe(ExitCodes.InputError, counts.ToString());
        export.ExitCode.ShouldBe(ExitCodes.InputError, export.ToString());
        counts.Error.ShouldContain($"journal {path}: no such file");
        File.Exists(path).ShouldBeFalse();
        Directory.EnumerateFileSystemEntries(folder.Path).ShouldBeEmpty();
    }

    [Fact]
    public async Task Journal_InUse_ExitsTwoAndSaysSo()
    {
        using var folder = new TemporaryFolder();
        var path = folder.PathOf("batch.journal");
        await using var runner = await ProgenyJournal.OpenAsync(path);

        var run = await CliRun.RunAsync("journal", path);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.Trim().ShouldBe($"progeny: journal {path}: The journal is open in another process or another ProgenyJournal: run one batch per journal at a time.");
    }

    [Fact]
    public async Task Journal_ForeignDatabase_ExitsTwoWithTheMessage()
    {
        using var folder = new TemporaryFolder();
        var path = folder.PathOf("invoices.db");
        await JournalBatchTests.WriteForeignDatabaseAsync(path);

        var run = await CliRun.RunAsync("journal", path, "export");

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Output.ShouldBeEmpty();
        run.Error.ShouldContain("not a Progeny journal");
    }

    [Fact]
    public async Task JournalExport_OutputIsTheJournal_RefusesAndKeepsIt()
    {
        using var folder = new TemporaryFolder();
        var journal = await BatchWithOneUnknownOutcomeAsync(folder, inputs: 1);
        var before = await CliRun.RunAsync("journal", journal, "export");

        var run = await CliRun.RunAsync("journal", journal, "export", "-o", journal);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldContain("that is the journal itself");
        var after = await CliRun.RunAsync("journal", journal, "export");
        after.ExitCode.ShouldBe(ExitCodes.Success, after.ToString());
        after.Output.ShouldBe(before.Output);
    }

    // A batch whose first upload (of passport-0000.jpg) the fake processes, then answers by dropping the connection.
    private static async Task<string> BatchWithOneUnknownOutcomeAsync(TemporaryFolder folder, int inputs)
    {
        DistinctPhotos.Write(folder.Path, inputs);
        var journal = folder.PathOf("batch.journal");
        await using var api = await FakeApi.StartAsync();
        api.Fake.InjectFault(FakeFault.DropConnectionAfterProcessing(), FakeEndpoint.OcrPassport);
        var run = await CliRun.RunAsync(["passport", folder.Path, "--journal", journal, "--concurrency", "1", .. api.ConnectArguments]);
        run.ExitCode.ShouldBe(ExitCodes.UnknownOutcome, run.ToString());
        return journal;
    }

    // RFC 4180: quoted cells may hold commas and doubled quotes; rows end with CRLF.
    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        foreach (var line in text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var cells = new List<string>();
            var cell = new StringBuilder();
            var quoted = false;
            for (var index = 0; index < line.Length; index++)
            {
                var character = line[index];
                if (quoted && character == '"' && index + 1 < line.Length && line[index + 1] == '"')
                {
                    cell.Append('"');
                    index++;
                }
                else if (character == '"')
                {
                    quoted = !quoted;
                }
                else if (character == ',' && !quoted)
                {
                    cells.Add(cell.ToString());
                    cell.Clear();
                }
                else
                {
                    cell.Append(character);
                }
            }

            cells.Add(cell.ToString());
            rows.Add([.. cells]);
        }

        return rows;
    }
}

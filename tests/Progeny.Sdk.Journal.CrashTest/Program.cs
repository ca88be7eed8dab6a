// The batch worker of the journal's crash test: runs every .jpg of a folder through ocr_passport with a journal, then
// prints the journal's counts. Usage: worker BASE_ADDRESS USERNAME PASSWORD JOURNAL FOLDER [--resend-unknown]
// (the credentials of a fake server, never real ones). The crash test kills it with SIGKILL at random moments.
using Progeny.Sdk;

if (args.Length < 5)
{
    Console.Error.WriteLine("usage: worker BASE_ADDRESS USERNAME PASSWORD JOURNAL FOLDER [--resend-unknown]");
    return 2;
}

using var client = new ProgenyClient(new ProgenyClientOptions { BaseAddress = new Uri(args[0]), Username = args[1], Password = args[2] });
await using var journal = await ProgenyJournal.OpenAsync(args[3]);
var items = Directory.GetFiles(args[4], "*.jpg").Order(StringComparer.Ordinal)
    .Select(path => new ProgenyJournalItem<OcrPassportRequest>(Path.GetFileName(path), new OcrPassportRequest(ProgenyImage.FromFile(path)), [ProgenyImage.FromFile(path)]));
await journal.RunAsync(client.OcrPassport, items, new ProgenyJournalRunOptions { ResendUnknown = args.Contains("--resend-unknown"), MaxConcurrency = 4 });
var counts = await journal.GetCountsAsync();
Console.WriteLine($"finished={counts.Finished} uploaded={counts.Uploaded} failed={counts.Failed} unknown={counts.UnknownOutcome}");
return 0;

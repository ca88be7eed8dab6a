namespace Progeny.Sdk.Journal.Tests;

/// <summary>A folder of distinct, decodable passport JPEGs and a journal path, deleted when disposed.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        Path = Directory.CreateTempSubdirectory("progeny-journal-").FullName;
        Directory.CreateDirectory(Images);
    }

    public string Path { get; }

    public string Images => System.IO.Path.Combine(Path, "images");

    public string Journal => System.IO.Path.Combine(Path, "batch.journal");

    /// <summary>Writes <paramref name="count"/> JPEGs, each with its own comment (so its own SHA-256), and returns their paths.</summary>
    public IReadOnlyList<string> WriteImages(int count) =>
        Enumerable.Range(0, count).Select(index =>
        {
            var path = System.IO.Path.Combine(Images, $"passport-{index:D4}.jpg");
            File.WriteAllBytes(path, SampleImages.JpegWith($"input-{index}"));
            return path;
        }).ToArray();

    public static IReadOnlyList<ProgenyJournalItem<OcrPassportRequest>> Items(IEnumerable<string> paths) =>
        paths.Select(path => new ProgenyJournalItem<OcrPassportRequest>(
            System.IO.Path.GetFileName(path), new OcrPassportRequest(ProgenyImage.FromFile(path)), [ProgenyImage.FromFile(path)])).ToArray();

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

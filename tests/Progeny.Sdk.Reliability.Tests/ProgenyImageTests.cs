using Progeny.Sdk.Reliability.Tests.Support;
using Progeny.Sdk.Testing;

namespace Progeny.Sdk.Reliability.Tests;

/// <summary>
/// Issue 10, finding 3: one <see cref="ProgenyImage"/> shared by concurrent calls never uploads corrupted bytes.
/// Re-readable sources are read independently by each call; a forward-only stream serves one call and refuses the others
/// before they send anything.
/// </summary>
public sealed class ProgenyImageTests : IDisposable
{
    private const int Calls = 40;

    // 200 KB: many reads per upload, so that calls sharing a stream interleave.
    private static readonly byte[] Image = TestImages.JpegWith("shared", payloadBytes: 200_000);

    private readonly string _folder = Directory.CreateTempSubdirectory("progeny-shared-").FullName;

    public static TheoryData<string> ReReadableKinds => ["file", "bytes", "seekable memory stream", "seekable file stream", "seekable stream with asynchronous reads"];

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [MemberData(nameof(ReReadableKinds))]
    public async Task SubmitOcrPassportAsync_ReReadableImageSharedByConcurrentCalls_EveryUploadIsTheImage(string kind)
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = fake.CreateClient();
        await using var stream = kind switch
        {
            "seekable memory stream" => new MemoryStream([.. "HEADER"u8.ToArray(), .. Image]) { Position = 6 },
            "seekable stream with asynchronous reads" => new YieldingSeekableStream(Image),
            "seekable file stream" => new FileStream(WriteFile(), FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096, useAsync: true),
            _ => Stream.Null,
        };
        var image = kind switch
        {
            "file" => ProgenyImage.FromFile(WriteFile()),
            "bytes" => ProgenyImage.FromBytes(Image, "passport.jpg"),
            _ => ProgenyImage.FromStream(stream, "passport.jpg"),
        };

        await Task.WhenAll(Enumerable.Range(0, Calls).Select(_ => Task.Run(() => client.SubmitOcrPassportAsync(image))));

        fake.Recording.Uploads.Count.ShouldBe(Calls);
        fake.Recording.Uploads.Select(upload => upload.Files.Single().Content.ToArray()).ShouldAllBe(content => content.SequenceEqual(Image));
    }

    [Fact]
    public async Task SubmitOcrPassportAsync_ForwardOnlyImageSharedByConcurrentCalls_OneUploadOthersRefusedBeforeSending()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = fake.CreateClient();
        var stream = new GatedForwardOnlyStream(Image);
        var image = ProgenyImage.FromStream(stream, "passport.jpg");

        var calls = Enumerable.Range(0, Calls).Select(_ => Task.Run(() => Record.ExceptionAsync(() => client.SubmitOcrPassportAsync(image)))).ToList();
        // The call reading the stream waits at the gate; the others end meanwhile (or overlap its reads, which opens the gate).
        while (calls.Count(call => call.IsCompleted) < Calls - 1 && !stream.Opened.IsCompleted)
        {
            await Task.WhenAny([stream.Opened, .. calls.Where(call => !call.IsCompleted)]);
        }

        stream.Open();
        var failures = await Task.WhenAll(calls);

        stream.Overlapped.ShouldBeFalse("two calls read the stream at once");
        failures.Count(failure => failure is null).ShouldBe(1);
        failures.Where(failure => failure is not null).ShouldAllBe(failure => failure is InvalidOperationException && failure.Message.Contains("forward-only stream"));
        fake.Recording.Uploads.Count.ShouldBe(1);
        fake.Recording.Uploads.Single().Files.Single().Content.Span.SequenceEqual(Image).ShouldBeTrue();

        await client.SubmitOcrPassportAsync(image);  // a later call reuses the bytes read
        fake.Recording.Uploads[1].Files.Single().Content.Span.SequenceEqual(Image).ShouldBeTrue();
    }

    private string WriteFile()
    {
        var path = Path.Combine(_folder, $"passport-{Guid.NewGuid():N}.jpg");
        File.WriteAllBytes(path, Image);
        return path;
    }
}

using Progeny.Sdk.Reliability.Tests.Support;
using Progeny.Sdk.Testing;

namespace Progeny.Sdk.Reliability.Tests;

/// <summary>Design §4.7: images are checked (exists, not empty, PNG/JPEG magic bytes, at most MaxImageBytes) before any request.</summary>
public sealed class ImageValidationTests
{
    public static TheoryData<string> Cases => ["missing file", "missing folder", "empty", "gif", "text stream", "too large", "too large stream", "png signature cut"];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task OcrPassportAsync_UnusableImage_RefusedBeforeAnyRequest(string kind)
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = fake.CreateClient(o => o.MaxImageBytes = 1_000);
        var missing = Path.Combine(Path.GetTempPath(), $"progeny-missing-{Guid.NewGuid():N}");
        var image = kind switch
        {
            "missing file" => ProgenyImage.FromFile(missing + ".jpg"),
            "missing folder" => ProgenyImage.FromFile(Path.Combine(missing, "passport.jpg")),
            "empty" => ProgenyImage.FromBytes(Array.Empty<byte>(), "passport.jpg"),
            "gif" => ProgenyImage.FromBytes("GIF89a......"u8.ToArray(), "passport.jpg"),
            "text stream" => ProgenyImage.FromStream(new ForwardOnlyStream(new MemoryStream("hello, passport"u8.ToArray())), "passport.jpg"),
            "too large" => ProgenyImage.FromBytes(TestImages.JpegWith(string.Empty, payloadBytes: 1_000), "passport.jpg"),
            "too large stream" => ProgenyImage.FromStream(new ForwardOnlyStream(new MemoryStream(TestImages.JpegWith(string.Empty, payloadBytes: 100_000))), "passport.jpg"),
            _ => ProgenyImage.FromBytes(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, "passport.png"),
        };

        var failure = await Should.ThrowAsync<Exception>(() => client.OcrPassportAsync(image));

        if (kind.StartsWith("missing", StringComparison.Ordinal))
        {
            failure.ShouldBeOfType<FileNotFoundException>();
        }
        else
        {
            failure.ShouldBeOfType<ArgumentException>();
        }

        fake.Recording.Requests.ShouldBeEmpty();  // not even a login
    }
}

using System.Buffers.Binary;
using System.Net;
using Progeny.Sdk.Testing.Tests.Support;

namespace Progeny.Sdk.Testing.Tests;

/// <summary>
/// Image fields check an upload like Django REST Framework's <c>ImageField</c> (Pillow): by structure, not by magic bytes.
/// Each image here is a real one (Pillow's) or one corrupted on purpose; that every service applies the rule is proven
/// in <see cref="ProgenyFakeServerServiceTests"/>.
/// </summary>
public sealed class ProgenyFakeServerImageTests
{
    private const string NotAnImage = """{"passport_image": ["Upload a valid image. The file you uploaded was either not an image or a corrupted image."]}""";

    // sample.png: signature (8), IHDR chunk at 8 (25 bytes), IDAT chunk at 33 (41 bytes), IEND chunk at 74 (12 bytes).
    // sample.jpg: SOI, APP0 at 2, DQT at 20 and 89, SOF0 at 158 (19 bytes), DHT at 177, 210, 393, 426, SOS at 609, scan data from 623.
    public static TheoryData<string> Corrupted { get; } =
    [
        "jpeg magic bytes", "jpeg without EOI", "jpeg cut in a segment", "jpeg without SOF", "jpeg segment longer than the file",
        "jpeg scan without data", "jpeg zero width", "png signature only", "png with a bad CRC", "png without IEND", "png without IDAT",
        "png IHDR not first", "png zero height", "png bad bit depth", "gif", "text",
    ];

    public static TheoryData<string> Valid { get; } = ["jpeg", "png", "jpeg with comments", "jpeg of 3 MB", "the specimen passport photo"];

    [Theory]
    [MemberData(nameof(Corrupted))]
    public async Task Upload_CorruptedImage_Answers400UploadAValidImage(string kind)
    {
        var (status, body) = await UploadAsync(Image(kind));

        status.ShouldBe(HttpStatusCode.BadRequest);
        body.ShouldBeJson(NotAnImage);
    }

    [Theory]
    [MemberData(nameof(Valid))]
    public async Task Upload_RealImage_IsAccepted(string kind)
    {
        var (status, _) = await UploadAsync(Image(kind));

        status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Upload_MagicBytesWithValidationOff_AreAccepted()
    {
        var (status, _) = await UploadAsync([0xFF, 0xD8, 0xFF, 0xE0], new ProgenyFakeServerOptions { ValidateImageContent = false });

        status.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<(HttpStatusCode Status, string Body)> UploadAsync(byte[] image, ProgenyFakeServerOptions? options = null)
    {
        await using var fake = await ProgenyFakeServer.StartAsync(options);
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);
        using var response = await Wire.SendAsync(client, HttpMethod.Post, "services/ocr_passport/", access, Wire.Upload(image));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static byte[] Image(string kind)
    {
        var jpeg = SampleImages.Jpeg;
        var png = SampleImages.Png;
        return kind switch
        {
            "jpeg" => jpeg,
            "png" => png,
            "jpeg with comments" => SampleImages.JpegWith("a comment", paddingBytes: 70_000),
            "jpeg of 3 MB" => SampleImages.JpegOfSize(3 * 1024 * 1024),
            "the specimen passport photo" => File.ReadAllBytes(Path.Combine(Repository.Root, "samples", "images", "specimen-passport.jpg")),
            "jpeg magic bytes" => [0xFF, 0xD8, 0xFF, 0xE0],
            "jpeg without EOI" => jpeg[..^2],
            "jpeg cut in a segment" => jpeg[..100],
            "jpeg without SOF" => [.. jpeg[..158], .. jpeg[177..]],
            "jpeg segment longer than the file" => Patched(jpeg, 22, [0xFF, 0xFF]),
            "jpeg scan without data" => [.. jpeg[..623], 0xFF, 0xD9],
            "jpeg zero width" => Patched(jpeg, 158 + 7, [0x00, 0x00]),
            "png signature only" => png[..8],
            "png with a bad CRC" => Patched(png, 41, [(byte)(png[41] ^ 0x01)]),
            "png without IEND" => png[..74],
            "png without IDAT" => [.. png[..33], .. png[74..]],
            "png IHDR not first" => [.. png[..8], .. png[33..74], .. png[8..33], .. png[74..]],
            "png zero height" => WithCrc(Patched(png, 20, [0, 0, 0, 0]), chunk: 8),
            "png bad bit depth" => WithCrc(Patched(png, 24, [3]), chunk: 8),
            "gif" => [.. "GIF89a"u8, 1, 0, 1, 0, 0, 0, 0, 0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3B],
            _ => "hello, passport"u8.ToArray(),
        };
    }

    private static byte[] Patched(byte[] bytes, int offset, byte[] patch)
    {
        var copy = bytes.ToArray();
        patch.CopyTo(copy, offset);
        return copy;
    }

    /// <summary>Rewrites the CRC of the PNG chunk at <paramref name="chunk"/>, so that only the patched content is wrong.</summary>
    private static byte[] WithCrc(byte[] png, int chunk)
    {
        var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(chunk));
        var crc = 0xFFFFFFFFu;
        foreach (var value in png.AsSpan(chunk + 4, 4 + length))
        {
            crc ^= value;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(chunk + 8 + length), ~crc);
        return png;
    }
}

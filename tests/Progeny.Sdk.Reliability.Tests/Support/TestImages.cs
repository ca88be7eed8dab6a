using System.Security.Cryptography;
using System.Text;

namespace Progeny.Sdk.Reliability.Tests.Support;

/// <summary>Small JPEG-looking images: magic bytes, a JFIF header, an optional ASCII marker, some payload.</summary>
internal static class TestImages
{
    public static byte[] Jpeg { get; } = JpegWith(string.Empty);

    /// <summary>A JPEG whose bytes carry <paramref name="marker"/> in ASCII (e.g. a canary, or an operation number).</summary>
    public static byte[] JpegWith(string marker, int payloadBytes = 512)
    {
        byte[] header = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8, 0x00];
        var payload = Enumerable.Range(0, payloadBytes).Select(i => (byte)i);
        return [.. header, .. Encoding.ASCII.GetBytes(marker), .. payload, 0xFF, 0xD9];
    }

    public static ProgenyImage Image(byte[]? bytes = null) => ProgenyImage.FromBytes(bytes ?? Jpeg, "passport.jpg");

    public static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
}

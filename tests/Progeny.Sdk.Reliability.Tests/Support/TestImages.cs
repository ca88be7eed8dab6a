using System.Security.Cryptography;

namespace Progeny.Sdk.Reliability.Tests.Support;

/// <summary>Small real JPEGs (<see cref="SampleImages"/>), optionally carrying an ASCII marker in a comment segment.</summary>
internal static class TestImages
{
    public static byte[] Jpeg { get; } = SampleImages.Jpeg;

    /// <summary>A valid JPEG whose bytes carry <paramref name="marker"/> in ASCII (e.g. a canary, or an operation number), then padding.</summary>
    public static byte[] JpegWith(string marker, int payloadBytes = 512) => SampleImages.JpegWith(marker, payloadBytes);

    public static ProgenyImage Image(byte[]? bytes = null) => ProgenyImage.FromBytes(bytes ?? Jpeg, "passport.jpg");

    public static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
}

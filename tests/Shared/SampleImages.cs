using System.Text;

namespace Progeny.Sdk.TestShared;

/// <summary>
/// Real, decodable images (16×16, written by Pillow: <c>tests/Shared/Images/make-sample-images.py</c>), which an image
/// field that decodes uploads accepts; magic bytes alone are not an image. Link this file and the two images into a
/// test project as <c>Progeny.Sdk.Testing.Tests</c> does. Every call returns a fresh array.
/// </summary>
internal static class SampleImages
{
    private const int MaxSegmentData = ushort.MaxValue - 2;

    private static readonly byte[] JpegBytes = Load("sample.jpg");
    private static readonly byte[] PngBytes = Load("sample.png");

    /// <summary>Gets a 16×16 baseline JPEG (659 bytes).</summary>
    public static byte[] Jpeg => [.. JpegBytes];

    /// <summary>Gets a 16×16 RGB PNG (86 bytes).</summary>
    public static byte[] Png => [.. PngBytes];

    /// <summary>
    /// The JPEG with comment segments (<c>COM</c>) right after its start: <paramref name="marker"/> in ASCII (a canary, an
    /// operation number), then <paramref name="paddingBytes"/> zero bytes. Still a valid JPEG.
    /// </summary>
    public static byte[] JpegWith(string marker, int paddingBytes = 0)
    {
        var comment = new byte[Encoding.ASCII.GetByteCount(marker) + paddingBytes];
        Encoding.ASCII.GetBytes(marker, comment);
        var output = new MemoryStream();
        output.Write(JpegBytes, 0, 2);
        for (var offset = 0; offset < comment.Length; offset += MaxSegmentData)
        {
            var length = Math.Min(MaxSegmentData, comment.Length - offset);
            output.Write([0xFF, 0xFE, (byte)((length + 2) >> 8), (byte)(length + 2)]);
            output.Write(comment, offset, length);
        }

        output.Write(JpegBytes, 2, JpegBytes.Length - 2);
        return output.ToArray();
    }

    /// <summary>A valid JPEG of exactly <paramref name="size"/> bytes (at least the sample's length plus 4), padded by empty comments.</summary>
    public static byte[] JpegOfSize(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, JpegBytes.Length + 4);
        var output = new MemoryStream(size);
        output.Write(JpegBytes, 0, 2);
        var remaining = size - JpegBytes.Length;
        while (remaining > 0)
        {
            var data = Math.Min(MaxSegmentData, remaining - 4);
            if (remaining - (data + 4) is > 0 and < 4)
            {
                data -= 4;  // leave room for one more segment: 4 bytes at least
            }

            output.Write([0xFF, 0xFE, (byte)((data + 2) >> 8), (byte)(data + 2)]);
            output.Write(new byte[data]);
            remaining -= data + 4;
        }

        output.Write(JpegBytes, 2, JpegBytes.Length - 2);
        return output.ToArray();
    }

    private static byte[] Load(string name)
    {
        using var stream = typeof(SampleImages).Assembly.GetManifestResourceStream("Progeny.Sdk.TestShared." + name)
            ?? throw new InvalidOperationException($"Embed tests/Shared/Images/{name} with LogicalName=\"Progeny.Sdk.TestShared.{name}\".");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

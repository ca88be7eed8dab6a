using System.Buffers.Binary;

namespace Progeny.Sdk.Testing.WireMock.Internal;

/// <summary>
/// Tells whether bytes are a PNG or JPEG that Pillow (behind Django REST Framework's image field) opens and verifies:
/// PNG chunks from <c>IHDR</c> to <c>IEND</c>; JPEG segments from SOI through a frame header with a size to the start of
/// a scan (Pillow does not read a JPEG's scan data to verify it). Four magic bytes alone are not an image.
/// </summary>
internal static class ImageProbe
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool IsWellFormed(ReadOnlySpan<byte> image) =>
        image.StartsWith(PngSignature) ? IsPng(image[PngSignature.Length..]) : IsJpeg(image);

    private static bool IsPng(ReadOnlySpan<byte> chunks)
    {
        var first = true;
        var hasData = false;
        while (chunks.Length >= 12)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(chunks);
            var type = chunks.Slice(4, 4);
            if (length > (uint)(chunks.Length - 12))
            {
                return false;
            }

            if (first && (!type.SequenceEqual("IHDR"u8) || length != 13
                || BinaryPrimitives.ReadUInt32BigEndian(chunks[8..]) == 0 || BinaryPrimitives.ReadUInt32BigEndian(chunks[12..]) == 0))
            {
                return false;
            }

            if (type.SequenceEqual("IEND"u8))
            {
                return hasData;
            }

            hasData |= type.SequenceEqual("IDAT"u8) && length > 0;
            first = false;
            chunks = chunks[(12 + (int)length)..];
        }

        return false;
    }

    private static bool IsJpeg(ReadOnlySpan<byte> image)
    {
        if (image.Length < 4 || image[0] != 0xFF || image[1] != 0xD8)
        {
            return false;
        }

        var position = 2;
        var hasFrame = false;
        while (position + 4 <= image.Length)
        {
            if (image[position] != 0xFF)
            {
                return false;
            }

            var marker = image[position + 1];
            if (marker == 0xFF)
            {
                position++;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(image[(position + 2)..]);
            if (length < 2 || position + 2 + length > image.Length)
            {
                return false;
            }

            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                // A frame header: precision, height, width, components.
                hasFrame = length >= 8 && BinaryPrimitives.ReadUInt16BigEndian(image[(position + 5)..]) > 0
                    && BinaryPrimitives.ReadUInt16BigEndian(image[(position + 7)..]) > 0;
            }
            else if (marker == 0xDA)
            {
                // The start of a scan: the header is complete.
                return hasFrame;
            }

            position += 2 + length;
        }

        return false;
    }
}

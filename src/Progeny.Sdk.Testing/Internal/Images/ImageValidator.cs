using System.Buffers.Binary;

namespace Progeny.Sdk.Testing.Internal;

/// <summary>
/// Whether bytes are a PNG or JPEG that Pillow (and so Django REST Framework's <c>ImageField</c>) would open, judged
/// by structure alone, without decoding pixels: magic bytes are not enough.
/// </summary>
/// <remarks>
/// PNG: the signature, <c>IHDR</c> first with sane dimensions and a valid bit depth for its colour type, every
/// chunk's CRC valid, at least one <c>IDAT</c>, then <c>IEND</c>. JPEG: <c>SOI</c>, a walk of the marker segments with
/// valid lengths that meets a frame header (<c>SOFn</c>, with dimensions and components) before a scan (<c>SOS</c>),
/// entropy-coded data, and <c>EOI</c>. Bytes after the end are ignored, as Pillow ignores them.
/// </remarks>
internal static class ImageValidator
{
    /// <summary>Pillow refuses images of more pixels than twice its <c>MAX_IMAGE_PIXELS</c> (a decompression bomb).</summary>
    private const long MaxPixels = 2L * 89_478_485;

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool IsImage(ReadOnlySpan<byte> bytes) => IsPng(bytes) || IsJpeg(bytes);

    public static bool IsPng(ReadOnlySpan<byte> bytes)
    {
        if (!bytes.StartsWith(PngSignature))
        {
            return false;
        }

        var position = PngSignature.Length;
        var first = true;
        var sawData = false;
        while (position + 12 <= bytes.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes[position..]);
            if (length > int.MaxValue || length > (uint)(bytes.Length - position - 12))
            {
                return false;
            }

            var type = bytes.Slice(position + 4, 4);
            var data = bytes.Slice(position + 8, (int)length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(bytes[(position + 8 + (int)length)..]);
            if (Crc32.Compute(bytes.Slice(position + 4, 4 + (int)length)) != crc)
            {
                return false;
            }

            if (first)
            {
                if (!type.SequenceEqual("IHDR"u8) || !IsValidHeader(data))
                {
                    return false;
                }

                first = false;
            }
            else if (type.SequenceEqual("IHDR"u8))
            {
                return false;
            }
            else if (type.SequenceEqual("IDAT"u8))
            {
                sawData = true;
            }
            else if (type.SequenceEqual("IEND"u8))
            {
                return sawData && length == 0;
            }

            position += 12 + (int)length;
        }

        return false;
    }

    public static bool IsJpeg(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8)
        {
            return false;
        }

        var position = 2;
        var sawFrame = false;
        var sawScan = false;
        while (true)
        {
            // A marker: 0xFF, any number of 0xFF fill bytes, then the code.
            if (position >= bytes.Length || bytes[position] != 0xFF)
            {
                return false;
            }

            while (position < bytes.Length && bytes[position] == 0xFF)
            {
                position++;
            }

            if (position >= bytes.Length)
            {
                return false;
            }

            var marker = bytes[position++];
            if (marker == 0xD9)
            {
                return sawScan;
            }

            if (marker is 0x00 or 0xD8 || marker is >= 0xD0 and <= 0xD7 || marker == 0x01)
            {
                // A stuffed byte, a second SOI, or a restart marker outside a scan.
                return false;
            }

            if (position + 2 > bytes.Length)
            {
                return false;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[position..]);
            if (length < 2 || position + length > bytes.Length)
            {
                return false;
            }

            var segment = bytes.Slice(position + 2, length - 2);
            position += length;
            if (IsFrameMarker(marker))
            {
                if (sawFrame || !IsValidFrame(segment))
                {
                    return false;
                }

                sawFrame = true;
            }
            else if (marker == 0xDA)
            {
                if (!sawFrame || !IsValidScanHeader(segment) || SkipEntropyData(bytes, position) is not { } end || end == position)
                {
                    return false;
                }

                sawScan = true;
                position = end;
            }
        }
    }

    private static bool IsValidHeader(ReadOnlySpan<byte> header)
    {
        if (header.Length != 13)
        {
            return false;
        }

        var width = BinaryPrimitives.ReadUInt32BigEndian(header);
        var height = BinaryPrimitives.ReadUInt32BigEndian(header[4..]);
        var depth = header[8];
        var colour = header[9];
        var validDepth = colour switch
        {
            0 => depth is 1 or 2 or 4 or 8 or 16,
            3 => depth is 1 or 2 or 4 or 8,
            2 or 4 or 6 => depth is 8 or 16,
            _ => false,
        };
        return width is > 0 and <= int.MaxValue && height is > 0 and <= int.MaxValue
            && (long)width * height <= MaxPixels
            && validDepth && header[10] == 0 && header[11] == 0 && header[12] <= 1;
    }

    /// <summary>SOF0–SOF3, SOF5–SOF7, SOF9–SOF11, SOF13–SOF15 (not DHT, JPG or DAC).</summary>
    private static bool IsFrameMarker(byte marker) => marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;

    private static bool IsValidFrame(ReadOnlySpan<byte> frame)
    {
        if (frame.Length < 6)
        {
            return false;
        }

        var height = BinaryPrimitives.ReadUInt16BigEndian(frame[1..]);
        var width = BinaryPrimitives.ReadUInt16BigEndian(frame[3..]);
        var components = frame[5];
        return frame[0] is 8 or 12 or 16 && height > 0 && width > 0 && components is >= 1 and <= 4
            && frame.Length == 6 + (3 * components) && (long)width * height <= MaxPixels;
    }

    private static bool IsValidScanHeader(ReadOnlySpan<byte> scan) =>
        scan.Length >= 1 && scan[0] is >= 1 and <= 4 && scan.Length == 1 + (2 * scan[0]) + 3;

    /// <summary>The position of the marker that ends the entropy-coded data from <paramref name="position"/>, or null when none does.</summary>
    private static int? SkipEntropyData(ReadOnlySpan<byte> bytes, int position)
    {
        while (position + 1 < bytes.Length)
        {
            if (bytes[position] != 0xFF)
            {
                position++;
                continue;
            }

            var next = bytes[position + 1];
            if (next == 0x00 || next is >= 0xD0 and <= 0xD7)
            {
                position += 2;  // a stuffed 0xFF, or a restart marker inside the scan
            }
            else if (next == 0xFF)
            {
                position++;  // a fill byte before a marker
            }
            else
            {
                return position;
            }
        }

        return null;
    }
}

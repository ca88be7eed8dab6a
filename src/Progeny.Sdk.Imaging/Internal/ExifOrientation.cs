using System.Buffers.Binary;

namespace Progeny.Sdk.Imaging.Internal;

/// <summary>
/// Reads the Orientation tag (0x0112) from an EXIF block's TIFF structure, in either byte order, as SHORT or as LONG
/// (some writers use LONG, which Skia's own reader ignores). Never throws: malformed data reads as no orientation.
/// </summary>
internal static class ExifOrientation
{
    private const ushort OrientationTag = 0x0112;
    private const ushort ShortType = 3;
    private const ushort LongType = 4;
    private const int EntrySize = 12;

    /// <summary>The signature that starts an EXIF APP1 segment's payload.</summary>
    public static ReadOnlySpan<byte> JpegSignature => "Exif\0"u8;

    /// <summary>Reads the orientation from a TIFF structure (a PNG <c>eXIf</c> chunk, or an APP1 payload after its 6-byte signature).</summary>
    /// <returns>The orientation, or <see langword="null"/> when absent, out of range or unreadable.</returns>
    public static ImageOrientation? Read(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8)
        {
            return null;
        }

        bool little;
        if (tiff[0] == 'I' && tiff[1] == 'I')
        {
            little = true;
        }
        else if (tiff[0] == 'M' && tiff[1] == 'M')
        {
            little = false;
        }
        else
        {
            return null;
        }

        if (UInt16(tiff[2..], little) != 42)
        {
            return null;
        }

        var directory = UInt32(tiff[4..], little);
        if (directory > (uint)tiff.Length - 2)
        {
            return null;
        }

        var entries = tiff[(int)directory..];
        int count = UInt16(entries, little);
        entries = entries[2..];
        for (var i = 0; i < count && entries.Length >= EntrySize; i++, entries = entries[EntrySize..])
        {
            if (UInt16(entries, little) != OrientationTag)
            {
                continue;
            }

            var value = UInt16(entries[2..], little) switch
            {
                ShortType => UInt16(entries[8..], little),
                LongType => UInt32(entries[8..], little),
                _ => 0u,
            };
            return value is >= 1 and <= 8 ? (ImageOrientation)value : null;
        }

        return null;
    }

    private static ushort UInt16(ReadOnlySpan<byte> bytes, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(bytes) : BinaryPrimitives.ReadUInt16BigEndian(bytes);

    private static uint UInt32(ReadOnlySpan<byte> bytes, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(bytes) : BinaryPrimitives.ReadUInt32BigEndian(bytes);
}

using System.Buffers.Binary;
using System.Text;

namespace Progeny.Sdk.Imaging.Tests.Support;

/// <summary>
/// An encoded image taken apart, independently of the library's reader: each JPEG marker segment (marker and the start
/// of its payload) or PNG chunk type, and the bytes after the end of the image.
/// </summary>
internal sealed record EncodedStructure(IReadOnlyList<string> Blocks, int TrailingBytes)
{
    public static EncodedStructure Of(byte[] image) =>
        image.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) ? Png(image) : Jpeg(image);

    /// <summary>JPEG: "APP0 JFIF", "DQT", "SOF0", ..., "SOS"; the scans are skipped to EOI.</summary>
    private static EncodedStructure Jpeg(byte[] jpeg)
    {
        var blocks = new List<string>();
        var position = 2;
        while (position + 2 <= jpeg.Length)
        {
            jpeg[position].ShouldBe((byte)0xFF, $"a marker at byte {position}");
            var marker = jpeg[position + 1];
            if (marker == 0xD9)
            {
                return new EncodedStructure(blocks, jpeg.Length - position - 2);
            }

            if (marker is >= 0xD0 and <= 0xD7)
            {
                position += 2;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(position + 2));
            var payload = jpeg.AsSpan(position + 4, length - 2);
            blocks.Add(Name(marker, payload));
            position += 2 + length;
            if (marker == 0xDA)
            {
                position = EndOfScan(jpeg, position);
            }
        }

        throw new ShouldAssertException("the JPEG has no end-of-image marker");
    }

    private static int EndOfScan(byte[] jpeg, int position)
    {
        while (position + 1 < jpeg.Length)
        {
            if (jpeg[position] == 0xFF && jpeg[position + 1] is not 0x00 and not (>= 0xD0 and <= 0xD7))
            {
                return position;
            }

            position++;
        }

        return position;
    }

    private static string Name(byte marker, ReadOnlySpan<byte> payload)
    {
        var signature = Encoding.ASCII.GetString(payload[..Math.Min(payload.Length, 12)]).Split('\0')[0];
        return marker switch
        {
            >= 0xE0 and <= 0xEF => $"APP{marker - 0xE0} {signature}",
            0xFE => "COM",
            0xDB => "DQT",
            0xC4 => "DHT",
            0xDA => "SOS",
            0xDD => "DRI",
            >= 0xC0 and <= 0xCF => $"SOF{marker - 0xC0}",
            _ => $"0x{marker:X2}",
        };
    }

    private static EncodedStructure Png(byte[] png)
    {
        var blocks = new List<string>();
        var position = 8;
        while (position + 12 <= png.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(position));
            var type = Encoding.ASCII.GetString(png, position + 4, 4);
            blocks.Add(type);
            position += 12 + length;
            if (type == "IEND")
            {
                return new EncodedStructure(blocks, png.Length - position);
            }
        }

        throw new ShouldAssertException("the PNG has no IEND chunk");
    }
}

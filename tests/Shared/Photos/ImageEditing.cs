using System.Buffers.Binary;
using System.Text;

namespace Progeny.Sdk.TestShared;

/// <summary>Adds metadata blocks to encoded images: JPEG marker segments after the JFIF header, PNG chunks after IHDR, bytes after the end.</summary>
internal static class ImageEditing
{
    public const string XmpCanary = "CANARY-XMP-DEVICE";
    public const string CommentCanary = "CANARY-COMMENT";
    public const string IptcCanary = "CANARY-IPTC-BYLINE";
    public const string TrailerCanary = "CANARY-MOTION-PHOTO";

    /// <summary>An APP1 EXIF segment (orientation, make, model, serial, GPS).</summary>
    public static byte[] ExifSegment(int? orientation, bool littleEndian = false, bool orientationAsLong = false) =>
        Segment(0xE1, ExifBlock.App1Payload(orientation, littleEndian, orientationAsLong));

    /// <summary>An APP1 XMP packet with a device name and a GPS position.</summary>
    public static byte[] XmpSegment() => Segment(0xE1, [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. Encoding.UTF8.GetBytes(XmpPacket)]);

    /// <summary>An APP13 Photoshop IPTC block with a by-line.</summary>
    public static byte[] IptcSegment() => Segment(0xED, [.. "Photoshop 3.0\08BIM"u8, 0x04, 0x04, 0, 0, 0x1C, 0x02, 0x50, .. Encoding.ASCII.GetBytes(IptcCanary)]);

    /// <summary>A COM segment.</summary>
    public static byte[] CommentSegment() => Segment(0xFE, Encoding.ASCII.GetBytes(CommentCanary));

    /// <summary>What a motion photo appends after the end of its JPEG: the start of an MP4 file.</summary>
    public static byte[] Trailer() => [0, 0, 0, 0x18, .. "ftypmp42"u8, .. Encoding.ASCII.GetBytes(TrailerCanary)];

    /// <summary>A JPEG marker segment with its length.</summary>
    public static byte[] Segment(byte marker, byte[] payload)
    {
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = marker;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        return segment;
    }

    /// <summary>Inserts segments after a JPEG's SOI and JFIF APP0 (where cameras put APP1), and appends a trailer.</summary>
    public static byte[] InsertIntoJpeg(byte[] jpeg, IEnumerable<byte[]> segments, byte[]? trailer = null)
    {
        var at = 2;
        if (jpeg[2] == 0xFF && jpeg[3] == 0xE0)
        {
            at += 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(4));
        }

        return [.. jpeg.AsSpan(0, at), .. segments.SelectMany(segment => segment), .. jpeg.AsSpan(at), .. trailer ?? []];
    }

    /// <summary>A PNG chunk with its CRC.</summary>
    public static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    /// <summary>PNG metadata chunks as phones and editors write them: eXIf, an XMP iTXt, a tEXt comment.</summary>
    public static IEnumerable<byte[]> PngMetadataChunks(int? orientation) =>
    [
        Chunk("eXIf", ExifBlock.Tiff(orientation)),
        Chunk("iTXt", [.. "XML:com.adobe.xmp\0\0\0\0\0"u8, .. Encoding.UTF8.GetBytes(XmpPacket)]),
        Chunk("tEXt", [.. "Comment\0"u8, .. Encoding.ASCII.GetBytes(CommentCanary)]),
    ];

    /// <summary>Inserts chunks right after a PNG's IHDR chunk, and appends a trailer.</summary>
    public static byte[] InsertIntoPng(byte[] png, IEnumerable<byte[]> chunks, byte[]? trailer = null)
    {
        const int afterHeader = 8 + 25;
        return [.. png.AsSpan(0, afterHeader), .. chunks.SelectMany(chunk => chunk), .. png.AsSpan(afterHeader), .. trailer ?? []];
    }

    /// <summary>A PNG that declares <paramref name="width"/> × <paramref name="height"/> pixels in a valid IHDR, and holds none.</summary>
    public static byte[] PngHeaderOnly(uint width, uint height)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 6; // RGBA
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Chunk("IHDR", header), .. Chunk("IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]), .. Chunk("IEND", [])];
    }

    /// <summary>A JPEG whose frame header declares <paramref name="width"/> × <paramref name="height"/> pixels, followed by a few bytes of scan.</summary>
    public static byte[] JpegHeaderOnly(ushort width, ushort height)
    {
        var frame = new byte[] { 8, 0, 0, 0, 0, 1, 1, 0x11, 0 };
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(1), height);
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(3), width);
        return [0xFF, 0xD8, .. Segment(0xC0, frame), .. Segment(0xDA, [1, 1, 0, 0, 0x3F, 0]), 0x00, 0x00, 0xFF, 0xD9];
    }

    private const string XmpPacket =
        $"<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">" +
        $"<rdf:Description xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" exif:GPSLatitude=\"52,22.2057N\" exif:GPSLongitude=\"4,53.9463E\">" +
        $"<tiff:Model xmlns:tiff=\"http://ns.adobe.com/tiff/1.0/\">{XmpCanary}</tiff:Model></rdf:Description></rdf:RDF></x:xmpmeta>";

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}

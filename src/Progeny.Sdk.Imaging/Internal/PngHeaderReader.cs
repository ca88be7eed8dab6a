using System.Buffers.Binary;

namespace Progeny.Sdk.Imaging.Internal;

/// <summary>Walks a PNG's chunks: <c>IHDR</c> (size), the ancillary chunks that carry metadata, then what follows <c>IEND</c>.</summary>
internal static class PngHeaderReader
{
    private const int SignatureLength = 8;
    private const int ChunkOverhead = 12; // length, type, CRC

    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> XmpKeyword => "XML:com.adobe.xmp\0"u8;

    public static bool IsPng(ReadOnlySpan<byte> image) => image.StartsWith(Signature);

    public static ImageHeader Read(ReadOnlySpan<byte> image)
    {
        var position = SignatureLength;
        if (!TryReadChunk(image, ref position, out var type, out var data) || type != Type("IHDR") || data.Length < 13)
        {
            throw ImageHeader.Corrupt(ImageFormat.Png);
        }

        var width = BinaryPrimitives.ReadUInt32BigEndian(data);
        var height = BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
        if (width == 0 || height == 0)
        {
            throw ImageHeader.Corrupt(ImageFormat.Png);
        }

        ImageOrientation? orientation = null;
        var metadata = ImageMetadataKinds.None;
        while (TryReadChunk(image, ref position, out type, out data))
        {
            if (type == Type("IEND"))
            {
                if (position < image.Length)
                {
                    metadata |= ImageMetadataKinds.TrailingData;
                }

                break;
            }

            var kind = Classify(type, data);
            if (kind == ImageMetadataKinds.Exif && (metadata & ImageMetadataKinds.Exif) == 0)
            {
                orientation = ExifOrientation.Read(data);
            }

            metadata |= kind;
        }

        // Sizes beyond int.MaxValue are clamped: they are over any limit anyway.
        return new ImageHeader(ImageFormat.Png, (int)Math.Min(width, int.MaxValue), (int)Math.Min(height, int.MaxValue), orientation, metadata);
    }

    /// <summary>Reads one chunk; false at the end of the data or at a chunk cut short (a truncated file, which decoding reports).</summary>
    private static bool TryReadChunk(ReadOnlySpan<byte> image, ref int position, out uint type, out ReadOnlySpan<byte> data)
    {
        type = 0;
        data = default;
        if (position > image.Length - ChunkOverhead)
        {
            return false;
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(image[position..]);
        if (length > (uint)(image.Length - position - ChunkOverhead))
        {
            return false;
        }

        type = BinaryPrimitives.ReadUInt32BigEndian(image[(position + 4)..]);
        data = image.Slice(position + 8, (int)length);
        position += ChunkOverhead + (int)length;
        return true;
    }

    private static ImageMetadataKinds Classify(uint type, ReadOnlySpan<byte> data)
    {
        if (type == Type("eXIf"))
        {
            return ImageMetadataKinds.Exif;
        }

        if (type == Type("iCCP"))
        {
            return ImageMetadataKinds.IccProfile;
        }

        if (type == Type("iTXt"))
        {
            return data.StartsWith(XmpKeyword) ? ImageMetadataKinds.Xmp : ImageMetadataKinds.Comment;
        }

        if (type == Type("tEXt") || type == Type("zTXt"))
        {
            return ImageMetadataKinds.Comment;
        }

        // Image data and rendering information carry nothing about the picture's origin.
        foreach (var harmless in (ReadOnlySpan<uint>)[Type("PLTE"), Type("IDAT"), Type("tRNS"), Type("gAMA"), Type("cHRM"), Type("sRGB"), Type("sBIT"), Type("pHYs"), Type("bKGD"), Type("cICP")])
        {
            if (type == harmless)
            {
                return ImageMetadataKinds.None;
            }
        }

        return ImageMetadataKinds.Other;
    }

    private static uint Type(string name) => (uint)(name[0] << 24 | name[1] << 16 | name[2] << 8 | name[3]);
}

using System.Buffers.Binary;

namespace Progeny.Sdk.Imaging.Internal;

/// <summary>
/// Walks a JPEG's marker segments: the frame header (size), the APPn and COM segments (metadata kinds, EXIF
/// orientation), then the entropy-coded scans up to the end-of-image marker (trailing data).
/// </summary>
internal static class JpegHeaderReader
{
    private const byte StartOfImage = 0xD8;
    private const byte EndOfImage = 0xD9;
    private const byte StartOfScan = 0xDA;
    private const byte Comment = 0xFE;
    private const byte App0 = 0xE0;
    private const byte App15 = 0xEF;

    private static ReadOnlySpan<byte> JfifSignature => "JFIF\0"u8;

    private static ReadOnlySpan<byte> XmpSignature => "http://ns.adobe.com/xap/1.0/\0"u8;

    private static ReadOnlySpan<byte> ExtendedXmpSignature => "http://ns.adobe.com/xmp/extension/\0"u8;

    private static ReadOnlySpan<byte> IccSignature => "ICC_PROFILE\0"u8;

    private static ReadOnlySpan<byte> PhotoshopSignature => "Photoshop 3.0\0"u8;

    private static ReadOnlySpan<byte> AdobeSignature => "Adobe"u8;

    public static bool IsJpeg(ReadOnlySpan<byte> image) => image.Length >= 3 && image[0] == 0xFF && image[1] == StartOfImage && image[2] == 0xFF;

    public static ImageHeader Read(ReadOnlySpan<byte> image)
    {
        int width = 0, height = 0;
        ImageOrientation? orientation = null;
        var exifSeen = false;
        var metadata = ImageMetadataKinds.None;
        var position = 2;
        while (true)
        {
            if (!TryReadMarker(image, ref position, out var marker) || marker is StartOfImage or EndOfImage)
            {
                throw ImageHeader.Corrupt(ImageFormat.Jpeg);
            }

            if (marker is >= 0xD0 and <= 0xD7 or 0x01)
            {
                continue;
            }

            if (position + 2 > image.Length)
            {
                throw ImageHeader.Corrupt(ImageFormat.Jpeg);
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(image[position..]);
            if (length < 2 || position + length > image.Length)
            {
                throw ImageHeader.Corrupt(ImageFormat.Jpeg);
            }

            var payload = image.Slice(position + 2, length - 2);
            position += length;
            if (marker == StartOfScan)
            {
                break;
            }

            if (IsStartOfFrame(marker) && width == 0)
            {
                if (payload.Length < 6)
                {
                    throw ImageHeader.Corrupt(ImageFormat.Jpeg);
                }

                height = BinaryPrimitives.ReadUInt16BigEndian(payload[1..]);
                width = BinaryPrimitives.ReadUInt16BigEndian(payload[3..]);
            }
            else if (marker == Comment)
            {
                metadata |= ImageMetadataKinds.Comment;
            }
            else if (marker is >= App0 and <= App15)
            {
                var kind = Classify(marker, payload);
                if (kind == ImageMetadataKinds.Exif && !exifSeen)
                {
                    exifSeen = true;
                    orientation = ExifOrientation.Read(payload[Math.Min(payload.Length, ExifOrientation.JpegSignature.Length + 1)..]);
                }

                metadata |= kind;
            }
        }

        if (width == 0 || height == 0)
        {
            throw ImageHeader.Corrupt(ImageFormat.Jpeg);
        }

        if (HasDataAfterEndOfImage(image, position))
        {
            metadata |= ImageMetadataKinds.TrailingData;
        }

        return new ImageHeader(ImageFormat.Jpeg, width, height, orientation, metadata);
    }

    /// <summary>Reads the next marker at <paramref name="position"/>, skipping fill bytes; leaves the position after it.</summary>
    private static bool TryReadMarker(ReadOnlySpan<byte> image, ref int position, out byte marker)
    {
        marker = 0;
        if (position >= image.Length || image[position] != 0xFF)
        {
            return false;
        }

        while (position < image.Length && image[position] == 0xFF)
        {
            position++;
        }

        if (position >= image.Length)
        {
            return false;
        }

        marker = image[position++];
        return true;
    }

    // SOF0-SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    private static bool IsStartOfFrame(byte marker) => marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;

    private static ImageMetadataKinds Classify(byte marker, ReadOnlySpan<byte> payload) => marker switch
    {
        App0 when payload.StartsWith(JfifSignature) => ImageMetadataKinds.None,
        0xE1 when payload.StartsWith(ExifOrientation.JpegSignature) => ImageMetadataKinds.Exif,
        0xE1 when payload.StartsWith(XmpSignature) || payload.StartsWith(ExtendedXmpSignature) => ImageMetadataKinds.Xmp,
        0xE2 when payload.StartsWith(IccSignature) => ImageMetadataKinds.IccProfile,
        0xED when payload.StartsWith(PhotoshopSignature) => ImageMetadataKinds.Iptc,
        0xEE when payload.StartsWith(AdobeSignature) => ImageMetadataKinds.None, // colour transform: decoding information
        _ => ImageMetadataKinds.Other,
    };

    /// <summary>Skips the entropy-coded data of every scan (and the segments between progressive scans) to the EOI marker.</summary>
    private static bool HasDataAfterEndOfImage(ReadOnlySpan<byte> image, int position)
    {
        while (position < image.Length)
        {
            var next = image[position..].IndexOf((byte)0xFF);
            if (next < 0 || position + next + 1 >= image.Length)
            {
                return false; // no end-of-image marker: a truncated file, which decoding reports
            }

            position += next + 1;
            var marker = image[position];
            if (marker is 0x00 or 0xFF or >= 0xD0 and <= 0xD7)
            {
                // A stuffed 0xFF data byte, a fill byte or a restart marker: still inside the scan.
                continue;
            }

            position++;
            if (marker == EndOfImage)
            {
                return position < image.Length;
            }

            if (position + 2 > image.Length)
            {
                return false;
            }

            position += BinaryPrimitives.ReadUInt16BigEndian(image[position..]);
        }

        return false;
    }
}

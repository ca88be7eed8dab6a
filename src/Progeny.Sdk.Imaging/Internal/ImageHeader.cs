namespace Progeny.Sdk.Imaging.Internal;

/// <summary>What an image's own structure says, read without decoding a pixel: format, stored size, EXIF orientation and metadata kinds.</summary>
/// <param name="Format">PNG or JPEG.</param>
/// <param name="Width">The stored width, from the PNG <c>IHDR</c> chunk or the JPEG frame header.</param>
/// <param name="Height">The stored height.</param>
/// <param name="Orientation">The orientation tag of the first EXIF block, or <see langword="null"/> when there is none or it is unreadable.</param>
/// <param name="Metadata">The kinds of metadata blocks found.</param>
internal readonly record struct ImageHeader(ImageFormat Format, int Width, int Height, ImageOrientation? Orientation, ImageMetadataKinds Metadata)
{
    /// <summary>Reads the header of a PNG or JPEG image.</summary>
    /// <exception cref="ArgumentException">The bytes are empty, neither PNG nor JPEG, or their header is truncated or corrupt.</exception>
    public static ImageHeader Read(ReadOnlySpan<byte> image)
    {
        if (image.IsEmpty)
        {
            throw new ArgumentException("The image is empty.");
        }

        if (PngHeaderReader.IsPng(image))
        {
            return PngHeaderReader.Read(image);
        }

        if (JpegHeaderReader.IsJpeg(image))
        {
            return JpegHeaderReader.Read(image);
        }

        throw new ArgumentException("The image is neither PNG nor JPEG: its first bytes match neither format.");
    }

    /// <summary>The exception for a header that cannot be read.</summary>
    public static ArgumentException Corrupt(ImageFormat format) =>
        new($"The image is not a readable {Name(format)}: its header is truncated or corrupt.");

    /// <summary>The format's name in messages.</summary>
    public static string Name(ImageFormat format) => format == ImageFormat.Png ? "PNG" : "JPEG";
}

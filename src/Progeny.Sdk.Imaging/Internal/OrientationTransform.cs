using SkiaSharp;

namespace Progeny.Sdk.Imaging.Internal;

/// <summary>The geometry of the eight EXIF orientations: which way up a stored image is seen, and the matrix that turns it.</summary>
internal static class OrientationTransform
{
    /// <summary>Whether the orientation swaps width and height (the four that turn by a quarter).</summary>
    public static bool SwapsAxes(this ImageOrientation orientation) => orientation >= ImageOrientation.Transpose;

    /// <summary>The orientation the codec read, as this package names it (Skia's values are the EXIF ones).</summary>
    public static ImageOrientation FromCodec(SKEncodedOrigin origin) =>
        origin is >= SKEncodedOrigin.TopLeft and <= SKEncodedOrigin.LeftBottom ? (ImageOrientation)(int)origin : ImageOrientation.Normal;

    /// <summary>
    /// The matrix that maps a stored image of <paramref name="width"/> × <paramref name="height"/> pixels onto its
    /// upright form (EXIF 2.32, table of the Orientation tag: where the stored 0th row and 0th column are seen).
    /// </summary>
    public static SKMatrix ToUpright(this ImageOrientation orientation, float width, float height) => orientation switch
    {
        ImageOrientation.FlipHorizontal => new SKMatrix(-1, 0, width, 0, 1, 0, 0, 0, 1),
        ImageOrientation.Rotate180 => new SKMatrix(-1, 0, width, 0, -1, height, 0, 0, 1),
        ImageOrientation.FlipVertical => new SKMatrix(1, 0, 0, 0, -1, height, 0, 0, 1),
        ImageOrientation.Transpose => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        ImageOrientation.Rotate90 => new SKMatrix(0, -1, height, 1, 0, 0, 0, 0, 1),
        ImageOrientation.Transverse => new SKMatrix(0, -1, height, -1, 0, width, 0, 0, 1),
        ImageOrientation.Rotate270 => new SKMatrix(0, 1, 0, -1, 0, width, 0, 0, 1),
        _ => SKMatrix.Identity,
    };
}

using System.Globalization;

namespace Progeny.Sdk.Imaging.Internal;

/// <summary>The decompression-bomb guard: a declared size is checked against the limits before any pixel is decoded.</summary>
internal static class ImageLimits
{
    public static void Check(long width, long height, ProgenyImagePreparationOptions options)
    {
        if (width > options.MaxSourceDimension || height > options.MaxSourceDimension)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"The image declares {width}×{height} pixels: a side over MaxSourceDimension ({options.MaxSourceDimension} pixels). It is not decoded."));
        }

        if (width * height > options.MaxSourcePixels)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"The image declares {width}×{height} pixels, over MaxSourcePixels ({options.MaxSourcePixels}). It is not decoded."));
        }
    }
}

using System.Runtime.InteropServices;
using SkiaSharp;

namespace Progeny.Sdk.TestShared;

/// <summary>
/// Generates the test images with SkiaSharp, at run time: an upright scene with a coloured block in three corners,
/// stored turned as a camera stores it for each EXIF orientation, with or without a phone photo's detail and noise.
/// </summary>
internal static class TestPhotos
{
    /// <summary>The colour of the scene's top-left block.</summary>
    public static readonly SKColor TopLeft = new(220, 30, 30);

    /// <summary>The colour of the scene's top-right block.</summary>
    public static readonly SKColor TopRight = new(30, 190, 60);

    /// <summary>The colour of the scene's bottom-left block.</summary>
    public static readonly SKColor BottomLeft = new(40, 60, 220);

    /// <summary>The colour of the scene's background and of its bottom-right block.</summary>
    public static readonly SKColor Background = new(150, 150, 150);

    private static readonly Lazy<byte[]> TwelveMegapixel = new(() => PhonePhoto(3000, 4000, orientation: 6, detail: true));

    /// <summary>
    /// A 12 MP phone photo as phones store a picture taken upright: 4000×3000 stored pixels, EXIF orientation 6 (turn 90°
    /// clockwise) to a 3000×4000 portrait, with make, model, serial number and GPS position; photo detail and sensor noise
    /// make it a few MB, as phones' are. Made once per process.
    /// </summary>
    public static byte[] TwelveMegapixelPortrait => TwelveMegapixel.Value;

    /// <summary>The upright scene: a grey background, a block (30% of each side) in each corner: red, green, blue, and grey at the bottom right.</summary>
    /// <param name="width">The width in pixels.</param>
    /// <param name="height">The height in pixels.</param>
    /// <param name="detail">Draw shapes, thin lines and sensor noise over it, as in a photo of a document on a table.</param>
    public static SKBitmap Scene(int width, int height, bool detail = false)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(bitmap);
        using var paint = new SKPaint();
        canvas.Clear(Background);
        if (detail)
        {
            var random = new Random(1234);
            for (var i = 0; i < 600; i++)
            {
                paint.Color = new SKColor((byte)random.Next(90, 210), (byte)random.Next(90, 210), (byte)random.Next(90, 210));
                canvas.DrawCircle(random.Next(width), random.Next(height), random.Next(width / 200 + 1, width / 20 + 2), paint);
            }

            paint.Color = new SKColor(40, 40, 40);
            for (var line = 0; line < 80; line++)
            {
                // Thin dark lines, like printed text: fine detail that must survive the downsizing.
                canvas.DrawRect(width * 0.35f, height * (0.35f + line * 0.004f), width * 0.3f, Math.Max(1, height / 1000f), paint);
            }
        }

        var w = (int)(width * 0.3);
        var h = (int)(height * 0.3);
        foreach (var (color, x, y) in new[] { (TopLeft, 0, 0), (TopRight, width - w, 0), (BottomLeft, 0, height - h), (Background, width - w, height - h) })
        {
            paint.Color = color;
            canvas.DrawRect(x, y, w, h, paint);
        }

        if (detail)
        {
            AddNoise(bitmap, amplitude: 10);
        }

        return bitmap;
    }

    /// <summary>
    /// The pixels a camera stores for an upright <paramref name="upright"/> scene and an EXIF <paramref name="orientation"/>,
    /// by the EXIF table (where the stored 0th row and 0th column are seen): written from the standard's words, not with
    /// the library's matrices.
    /// </summary>
    public static SKBitmap Stored(SKBitmap upright, int orientation)
    {
        int uw = upright.Width, uh = upright.Height;
        var swaps = orientation >= 5;
        int sw = swaps ? uh : uw, sh = swaps ? uw : uh;
        var stored = new SKBitmap(new SKImageInfo(sw, sh, upright.ColorType, upright.AlphaType));
        var source = MemoryMarshal.Cast<byte, uint>(upright.GetPixelSpan());
        var target = MemoryMarshal.Cast<byte, uint>(stored.GetPixelSpan());
        int sourceStride = upright.RowBytes / 4, targetStride = stored.RowBytes / 4;
        for (var y = 0; y < sh; y++)
        {
            for (var x = 0; x < sw; x++)
            {
                // Stored pixel (x, y) is seen at upright (ux, uy).
                var (ux, uy) = orientation switch
                {
                    1 => (x, y),                       // 0th row top, 0th column left
                    2 => (uw - 1 - x, y),              // 0th row top, 0th column right
                    3 => (uw - 1 - x, uh - 1 - y),     // 0th row bottom, 0th column right
                    4 => (x, uh - 1 - y),              // 0th row bottom, 0th column left
                    5 => (y, x),                       // 0th row left, 0th column top
                    6 => (uw - 1 - y, x),              // 0th row right, 0th column top
                    7 => (uw - 1 - y, uh - 1 - x),     // 0th row right, 0th column bottom
                    8 => (y, uh - 1 - x),              // 0th row left, 0th column bottom
                    _ => throw new ArgumentOutOfRangeException(nameof(orientation)),
                };
                target[y * targetStride + x] = source[uy * sourceStride + ux];
            }
        }

        return stored;
    }

    /// <summary>Encodes as JPEG as Skia writes it: a JFIF header, and an ICC profile only when the bitmap has a colour space.</summary>
    public static byte[] Jpeg(SKBitmap bitmap, int quality = 92)
    {
        using var pixels = bitmap.PeekPixels();
        using var data = pixels.Encode(new SKJpegEncoderOptions(quality)) ?? throw new InvalidOperationException("JPEG encoding failed");
        return data.ToArray();
    }

    /// <summary>Encodes as PNG as Skia writes it.</summary>
    public static byte[] Png(SKBitmap bitmap)
    {
        using var pixels = bitmap.PeekPixels();
        using var data = pixels.Encode(SKPngEncoderOptions.Default) ?? throw new InvalidOperationException("PNG encoding failed");
        return data.ToArray();
    }

    /// <summary>A phone photo: the scene stored for <paramref name="orientation"/>, as JPEG, with an EXIF block (orientation tag, make, model, serial, GPS).</summary>
    public static byte[] PhonePhoto(int uprightWidth, int uprightHeight, int orientation, bool detail = false, bool littleEndian = false, bool orientationAsLong = false)
    {
        using var scene = Scene(uprightWidth, uprightHeight, detail);
        using var stored = Stored(scene, orientation);
        return ImageEditing.InsertIntoJpeg(Jpeg(stored), [ImageEditing.ExifSegment(orientation, littleEndian, orientationAsLong)]);
    }

    private static void AddNoise(SKBitmap bitmap, int amplitude)
    {
        var pixels = bitmap.GetPixelSpan();
        var state = 0x9E3779B9u;
        for (var i = 0; i < pixels.Length; i++)
        {
            if (i % 4 == 3)
            {
                continue; // alpha
            }

            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            pixels[i] = (byte)Math.Clamp(pixels[i] + (int)(state % (uint)(2 * amplitude + 1)) - amplitude, 0, 255);
        }
    }
}

using SkiaSharp;

namespace Progeny.Sdk.Imaging.Tests.Support;

/// <summary>A prepared image decoded back, to read its size and the colour at relative positions.</summary>
internal sealed class Pixels : IDisposable
{
    private readonly SKBitmap _bitmap;

    private Pixels(SKBitmap bitmap) => _bitmap = bitmap;

    public int Width => _bitmap.Width;

    public int Height => _bitmap.Height;

    public static Pixels Decode(byte[] image) => new(SKBitmap.Decode(image) ?? throw new ShouldAssertException("the prepared image does not decode"));

    /// <summary>The colour at (<paramref name="x"/>, <paramref name="y"/>) as fractions of the width and height.</summary>
    public SKColor At(double x, double y) => _bitmap.GetPixel((int)(x * (Width - 1)), (int)(y * (Height - 1)));

    /// <summary>Asserts the scene is upright: red top-left, green top-right, blue bottom-left, grey bottom-right.</summary>
    public void ShouldBeUprightScene()
    {
        At(0.1, 0.1).ShouldBeNear(TestPhotos.TopLeft, "top-left");
        At(0.9, 0.1).ShouldBeNear(TestPhotos.TopRight, "top-right");
        At(0.1, 0.9).ShouldBeNear(TestPhotos.BottomLeft, "bottom-left");
        At(0.9, 0.9).ShouldBeNear(TestPhotos.Background, "bottom-right");
    }

    public void Dispose() => _bitmap.Dispose();
}

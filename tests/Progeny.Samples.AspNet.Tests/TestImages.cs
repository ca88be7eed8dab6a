using System.Security.Cryptography;
using Progeny.Sdk;
using Progeny.Sdk.Imaging;
using SkiaSharp;

namespace Progeny.Samples.AspNet.Tests;

/// <summary>Real, decodable JPEGs drawn in the test: the selfie the KYC tests upload beside the specimen passport.</summary>
internal static class TestImages
{
    /// <summary>Gets a drawn selfie: a face on a plain background, 480×640, encoded as JPEG by Skia.</summary>
    public static byte[] Selfie { get; } = DrawSelfie();

    /// <summary>A real JPEG of exactly <paramref name="size"/> bytes: <see cref="Selfie"/>, then bytes that decoders ignore (after its end-of-image marker).</summary>
    /// <param name="size">The length, at least that of <see cref="Selfie"/>.</param>
    /// <returns>The bytes.</returns>
    public static byte[] JpegOfSize(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, Selfie.Length);
        var bytes = new byte[size];
        Selfie.CopyTo(bytes, 0);
        return bytes;
    }

    /// <summary>The SHA-256 (lowercase hex) of what the sample sends for an uploaded file: the image as Progeny.Sdk.Imaging prepares it by default.</summary>
    /// <param name="content">The uploaded bytes.</param>
    /// <param name="fileName">The uploaded file name.</param>
    /// <returns>The hash, as <c>RecordedFile.Sha256</c> writes it.</returns>
    public static async Task<string> PreparedSha256Async(byte[] content, string fileName)
    {
        var prepared = await new ProgenyImagePreparer().PrepareAsync(ProgenyImage.FromBytes(content, fileName));
        return await Sha256Async(prepared);
    }

    /// <summary>The SHA-256 (lowercase hex) of an image's bytes.</summary>
    /// <param name="image">The image.</param>
    /// <returns>The hash, as <c>RecordedFile.Sha256</c> writes it.</returns>
    public static async Task<string> Sha256Async(ProgenyImage image)
    {
        await using var content = await image.OpenReadAsync(long.MaxValue);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(content));
    }

    private static byte[] DrawSelfie()
    {
        using var bitmap = new SKBitmap(480, 640);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0xD9, 0xE4, 0xEE));
            using var paint = new SKPaint { IsAntialias = true };
            paint.Color = new SKColor(0x3B, 0x2A, 0x20);
            canvas.DrawOval(240, 260, 150, 185, paint);
            paint.Color = new SKColor(0x2E, 0x4A, 0x7A);
            canvas.DrawOval(240, 700, 230, 190, paint);
            paint.Color = new SKColor(0xE8, 0xB8, 0x96);
            canvas.DrawOval(240, 300, 125, 160, paint);
            paint.Color = new SKColor(0x24, 0x1C, 0x18);
            canvas.DrawCircle(195, 270, 12, paint);
            canvas.DrawCircle(285, 270, 12, paint);
            paint.Color = new SKColor(0xB0, 0x4A, 0x4A);
            paint.Style = SKPaintStyle.Stroke;
            paint.StrokeWidth = 6;
            using var mouth = new SKPath();
            mouth.MoveTo(200, 370);
            mouth.QuadTo(240, 400, 280, 370);
            canvas.DrawPath(mouth, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 85);
        return jpeg.ToArray();
    }
}

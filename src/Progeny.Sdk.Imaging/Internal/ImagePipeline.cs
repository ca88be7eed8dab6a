using System.Runtime.InteropServices;
using SkiaSharp;

namespace Progeny.Sdk.Imaging.Internal;

/// <summary>
/// Decodes (a JPEG at the smallest scale that still covers the target), turns upright, downsizes and re-encodes an
/// image with SkiaSharp. Encoding from pixels writes no metadata: no EXIF, XMP, ICC profile, comment or trailing data.
/// </summary>
internal static class ImagePipeline
{
    public static PreparedImage Prepare(ProgenyImage source, ArraySegment<byte> bytes, ProgenyImagePreparationOptions options, CancellationToken cancellationToken)
    {
        var header = ImageHeader.Read(bytes);
        ImageLimits.Check(header.Width, header.Height, options);

        // The codec reads the bytes in place: pinned, not copied to native memory.
        var pin = GCHandle.Alloc(bytes.Array, GCHandleType.Pinned);
        try
        {
            using var data = SKData.Create(pin.AddrOfPinnedObject() + bytes.Offset, bytes.Count);
            using var codec = SKCodec.Create(data) ?? throw NotDecodable(header.Format);
            var stored = codec.Info.Size;
            ImageLimits.Check(stored.Width, stored.Height, options);

            // Skia reads the usual EXIF block; the file's own first EXIF block is the fallback (a LONG-typed tag, a PNG eXIf chunk).
            var orientation = OrientationTransform.FromCodec(codec.EncodedOrigin);
            if (orientation == ImageOrientation.Normal && header.Orientation is { } fromFile)
            {
                orientation = fromFile;
            }

            var upright = orientation.SwapsAxes() ? new SKSizeI(stored.Height, stored.Width) : stored;
            var scale = Math.Min(1d, Math.Min((double)options.MaxWidth / upright.Width, (double)options.MaxHeight / upright.Height));
            var target = new SKSizeI(
                Math.Clamp((int)Math.Round(upright.Width * scale), 1, options.MaxWidth),
                Math.Clamp((int)Math.Round(upright.Height * scale), 1, options.MaxHeight));
            var format = header.Format == ImageFormat.Png && !options.ConvertPngToJpeg ? ImageFormat.Png : ImageFormat.Jpeg;
            var report = new ProgenyImagePreparationReport
            {
                OriginalFormat = header.Format,
                OriginalByteCount = bytes.Count,
                OriginalWidth = stored.Width,
                OriginalHeight = stored.Height,
            };

            using var decoded = Decode(codec, orientation.SwapsAxes() ? new SKSizeI(target.Height, target.Width) : target, header.Format);
            if (target == upright && orientation == ImageOrientation.Normal && header.Metadata == ImageMetadataKinds.None && format == header.Format)
            {
                // Decoded only to prove the image whole: upright, small enough and clean, it is sent as it is.
                return new PreparedImage(source, report with { Format = format, ByteCount = bytes.Count, Width = stored.Width, Height = stored.Height });
            }

            cancellationToken.ThrowIfCancellationRequested();
            var encoded = Encode(decoded, orientation, target, format, options.JpegQuality);
            var fileName = format == header.Format ? source.FileName : Path.ChangeExtension(source.FileName, ".jpg");
            return new PreparedImage(ProgenyImage.FromBytes(encoded, fileName), report with
            {
                Format = format,
                ByteCount = encoded.Length,
                Width = target.Width,
                Height = target.Height,
                AppliedOrientation = orientation,
                RemovedMetadata = header.Metadata,
                IsReencoded = true,
            });
        }
        finally
        {
            pin.Free();
        }
    }

    /// <summary>Decodes to sRGB at the smallest size the codec offers that still covers <paramref name="covering"/> (JPEG: 1/8 to 8/8 of each side).</summary>
    internal static SKBitmap Decode(SKCodec codec, SKSizeI covering, ImageFormat format)
    {
        // The codec rounds a scale to its nearest supported one, which may fall short: ask for each eighth in turn.
        var size = codec.Info.Size;
        for (var eighths = 1; eighths < 8; eighths++)
        {
            var scaled = codec.GetScaledDimensions(eighths / 8f);
            if (scaled.Width >= covering.Width && scaled.Height >= covering.Height)
            {
                size = scaled;
                break;
            }
        }

        var alpha = codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul;
        var info = new SKImageInfo(size.Width, size.Height, SKImageInfo.PlatformColorType, alpha, SKColorSpace.CreateSrgb());
        var bitmap = new SKBitmap(info);
        try
        {
            if (bitmap.GetPixels() == IntPtr.Zero)
            {
                throw new InsufficientMemoryException("There is not enough memory to decode the image.");
            }

            var result = codec.GetPixels(info, bitmap.GetPixels());
            return result == SKCodecResult.Success ? bitmap : throw NotDecodable(format, result);
        }
        catch
        {
            bitmap.Dispose();
            throw;
        }
    }

    /// <summary>Draws the decoded pixels upright at the target size (on white for JPEG) and encodes them, untagged: sRGB, no metadata.</summary>
    private static byte[] Encode(SKBitmap decoded, ImageOrientation orientation, SKSizeI target, ImageFormat format, int jpegQuality)
    {
        var opaque = format == ImageFormat.Jpeg || decoded.AlphaType == SKAlphaType.Opaque;
        using var canvasBitmap = new SKBitmap(new SKImageInfo(target.Width, target.Height, SKImageInfo.PlatformColorType, opaque ? SKAlphaType.Opaque : SKAlphaType.Premul));
        using (var canvas = new SKCanvas(canvasBitmap))
        using (var image = SKImage.FromPixels(decoded.PeekPixels()))
        {
            canvas.Clear(format == ImageFormat.Jpeg ? SKColors.White : SKColors.Transparent);
            var upright = orientation.SwapsAxes() ? new SKSizeI(decoded.Height, decoded.Width) : new SKSizeI(decoded.Width, decoded.Height);
            canvas.SetMatrix(SKMatrix.CreateScale(target.Width / (float)upright.Width, target.Height / (float)upright.Height)
                .PreConcat(orientation.ToUpright(decoded.Width, decoded.Height)));
            canvas.DrawImage(image, 0, 0, Sampling(upright.Height / (double)target.Height));
        }

        using var pixels = canvasBitmap.PeekPixels();
        using var encoded = format == ImageFormat.Jpeg
            ? pixels.Encode(new SKJpegEncoderOptions(jpegQuality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore))
            : pixels.Encode(SKPngEncoderOptions.Default);
        return encoded?.ToArray() ?? throw new InvalidOperationException("SkiaSharp could not encode the prepared image.");
    }

    /// <summary>Exact pixels for a pure turn, Mitchell's cubic for a mild reduction, mipmaps beyond a halving (no aliasing).</summary>
    private static SKSamplingOptions Sampling(double reduction) => reduction switch
    {
        <= 1 => new SKSamplingOptions(SKFilterMode.Nearest),
        <= 2 => new SKSamplingOptions(SKCubicResampler.Mitchell),
        _ => new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear),
    };

    private static ArgumentException NotDecodable(ImageFormat format, SKCodecResult? result = null) => new(
        result is SKCodecResult.IncompleteInput
            ? $"The image is a truncated {ImageHeader.Name(format)}: its pixels end before the image does."
            : $"The image is not a decodable {ImageHeader.Name(format)}: it is corrupt{(result is { } code ? $" ({code})" : string.Empty)}.");
}

namespace Progeny.Sdk.Imaging;

/// <summary>
/// What a <see cref="ProgenyImagePreparer"/> did to one image, for logs and metrics: formats, sizes, dimensions, the
/// orientation applied and the kinds of metadata removed.
/// </summary>
/// <remarks>It holds counts and names only, never a pixel, a file name or a metadata value, so <see cref="object.ToString"/> is safe to log.</remarks>
public sealed record ProgenyImagePreparationReport
{
    /// <summary>Gets the format of the source image.</summary>
    public ImageFormat OriginalFormat { get; init; }

    /// <summary>Gets the format of the prepared image.</summary>
    public ImageFormat Format { get; init; }

    /// <summary>Gets the size of the source image in bytes.</summary>
    public long OriginalByteCount { get; init; }

    /// <summary>Gets the size of the prepared image in bytes.</summary>
    public long ByteCount { get; init; }

    /// <summary>Gets the width of the source image in pixels, as stored (before its orientation is applied).</summary>
    public int OriginalWidth { get; init; }

    /// <summary>Gets the height of the source image in pixels, as stored (before its orientation is applied).</summary>
    public int OriginalHeight { get; init; }

    /// <summary>Gets the width of the prepared image in pixels; it is upright.</summary>
    public int Width { get; init; }

    /// <summary>Gets the height of the prepared image in pixels; it is upright.</summary>
    public int Height { get; init; }

    /// <summary>Gets the orientation that was applied to the pixels; <see cref="ImageOrientation.Normal"/> when none was needed.</summary>
    public ImageOrientation AppliedOrientation { get; init; } = ImageOrientation.Normal;

    /// <summary>Gets the kinds of metadata the source carried and the prepared image does not.</summary>
    public ImageMetadataKinds RemovedMetadata { get; init; }

    /// <summary>Gets a value indicating whether the image was re-encoded; <see langword="false"/> when the source was already upright, small enough and free of metadata, and is sent as it is.</summary>
    public bool IsReencoded { get; init; }

    /// <summary>Gets the bytes saved: <see cref="OriginalByteCount"/> less <see cref="ByteCount"/> (negative when the image grew).</summary>
    public long SavedByteCount => OriginalByteCount - ByteCount;
}

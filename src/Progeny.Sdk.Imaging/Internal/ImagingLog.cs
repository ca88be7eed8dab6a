using Microsoft.Extensions.Logging;

namespace Progeny.Sdk.Imaging.Internal;

/// <summary>The package's log messages: formats, sizes and kinds only, never a file name, a pixel or a metadata value.</summary>
internal static partial class ImagingLog
{
    [LoggerMessage(1, LogLevel.Debug,
        "Prepared an image: {OriginalFormat} {OriginalWidth}x{OriginalHeight} of {OriginalByteCount} bytes to {Format} {Width}x{Height} of {ByteCount} bytes; orientation applied: {AppliedOrientation}; metadata removed: {RemovedMetadata}; re-encoded: {IsReencoded}")]
    public static partial void Prepared(ILogger logger, ImageFormat originalFormat, int originalWidth, int originalHeight, long originalByteCount,
        ImageFormat format, int width, int height, long byteCount, ImageOrientation appliedOrientation, ImageMetadataKinds removedMetadata, bool isReencoded);

    [LoggerMessage(2, LogLevel.Warning, "The OnPrepared callback threw; the image is sent all the same")]
    public static partial void CallbackFailed(ILogger logger, Exception exception);
}

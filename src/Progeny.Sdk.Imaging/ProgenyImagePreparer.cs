using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Progeny.Sdk.Imaging.Internal;

namespace Progeny.Sdk.Imaging;

/// <summary>
/// Prepares images before upload: applies the EXIF orientation, shrinks to <see cref="ProgenyImagePreparationOptions.MaxHeight"/>
/// (1080 px by default), re-encodes and so removes every metadata block (EXIF with GPS, XMP, ICC, comments). Thread-safe.
/// </summary>
/// <remarks>
/// Register it with <see cref="ProgenyImagingServiceCollectionExtensions.AddProgenyImagePreparation(Microsoft.Extensions.DependencyInjection.IServiceCollection)"/>
/// and every image a client from dependency injection uploads is prepared; without dependency injection, call
/// <see cref="ProgenyImageExtensions.PrepareAsync(ProgenyImage, ProgenyImagePreparationOptions?, CancellationToken)"/>.
/// A JPEG is decoded at the smallest scale that still covers the target size, so a 12 MP photo is never decoded whole.
/// An image that is already upright, small enough and free of metadata is decoded (to prove it whole) and sent as it is.
/// </remarks>
public sealed class ProgenyImagePreparer : IProgenyImagePreparer
{
    private readonly ProgenyImagePreparationOptions _options;
    private readonly ILogger _logger;

    /// <summary>Initializes a preparer.</summary>
    /// <param name="options">The sizes, quality and limits; <see langword="null"/> for the defaults. Copied: later changes have no effect.</param>
    /// <param name="loggerFactory">Where to log each preparation (at Debug), or <see langword="null"/> for no logs.</param>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">An option is out of its range.</exception>
    public ProgenyImagePreparer(ProgenyImagePreparationOptions? options = null, ILoggerFactory? loggerFactory = null)
    {
        _options = ProgenyImagePreparationOptionsValidator.ValidatedCopy(options ?? new ProgenyImagePreparationOptions());
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<ProgenyImagePreparer>();
    }

    /// <summary>Returns the image to upload in place of <paramref name="image"/>: upright, at most the configured size, without metadata.</summary>
    /// <param name="image">The source image, PNG or JPEG.</param>
    /// <param name="cancellationToken">Cancels the preparation.</param>
    /// <returns>The prepared image, or <paramref name="image"/> itself when nothing had to change.</returns>
    /// <exception cref="ArgumentException">The image is empty, neither PNG nor JPEG, truncated or corrupt, or over a source limit (bytes, pixels, side).</exception>
    /// <exception cref="FileNotFoundException">The image file does not exist.</exception>
    public async ValueTask<ProgenyImage> PrepareAsync(ProgenyImage image, CancellationToken cancellationToken = default) =>
        (await PrepareWithReportAsync(image, cancellationToken).ConfigureAwait(false)).Image;

    /// <summary>Prepares an image as <see cref="PrepareAsync(ProgenyImage, CancellationToken)"/> does and says what was done.</summary>
    /// <param name="image">The source image, PNG or JPEG.</param>
    /// <param name="cancellationToken">Cancels the preparation.</param>
    /// <returns>The image to upload and the report.</returns>
    /// <exception cref="ArgumentException">The image is empty, neither PNG nor JPEG, truncated or corrupt, or over a source limit (bytes, pixels, side).</exception>
    /// <exception cref="FileNotFoundException">The image file does not exist.</exception>
    public async ValueTask<PreparedImage> PrepareWithReportAsync(ProgenyImage image, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(image);
        var bytes = await SourceReader.ReadAsync(image, _options.MaxSourceBytes, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        var prepared = ImagePipeline.Prepare(image, bytes, _options, cancellationToken);
        var report = prepared.Report;
        ImagingLog.Prepared(_logger, report.OriginalFormat, report.OriginalWidth, report.OriginalHeight, report.OriginalByteCount,
            report.Format, report.Width, report.Height, report.ByteCount, report.AppliedOrientation, report.RemovedMetadata, report.IsReencoded);
        try
        {
            _options.OnPrepared?.Invoke(report);
        }
#pragma warning disable CA1031 // An observer's failure must not fail the upload it observes.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            ImagingLog.CallbackFailed(_logger, exception);
        }

        return prepared;
    }
}

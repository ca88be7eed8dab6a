namespace Progeny.Sdk.Imaging;

/// <summary>Prepares a <see cref="ProgenyImage"/> without dependency injection.</summary>
public static class ProgenyImageExtensions
{
    /// <summary>
    /// Returns the image to upload in place of <paramref name="image"/>: upright, at most 1080 px high by default, without
    /// metadata. For example <c>await client.OcrPassportAsync(await ProgenyImage.FromFile(path).PrepareAsync())</c>.
    /// </summary>
    /// <param name="image">The source image, PNG or JPEG.</param>
    /// <param name="options">The sizes, quality and limits; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the preparation.</param>
    /// <returns>The prepared image, or <paramref name="image"/> itself when nothing had to change.</returns>
    /// <exception cref="ArgumentException">The image is empty, neither PNG nor JPEG, truncated or corrupt, or over a source limit (bytes, pixels, side).</exception>
    /// <exception cref="FileNotFoundException">The image file does not exist.</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">An option is out of its range.</exception>
    public static ValueTask<ProgenyImage> PrepareAsync(this ProgenyImage image, ProgenyImagePreparationOptions? options = null, CancellationToken cancellationToken = default) =>
        new ProgenyImagePreparer(options).PrepareAsync(image, cancellationToken);
}

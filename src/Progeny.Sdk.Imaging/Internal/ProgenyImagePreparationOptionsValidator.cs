using Microsoft.Extensions.Options;

namespace Progeny.Sdk.Imaging.Internal;

/// <summary>Checks <see cref="ProgenyImagePreparationOptions"/>: sizes, quality and limits within their ranges.</summary>
internal sealed class ProgenyImagePreparationOptionsValidator : IValidateOptions<ProgenyImagePreparationOptions>
{
    private const int MaxOutputSide = 16384;
    private const long MaxSourceBytesLimit = 1024 * 1024 * 1024;

    public ValidateOptionsResult Validate(string? name, ProgenyImagePreparationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = Failures(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Validates and returns a copy, so that later changes to <paramref name="options"/> do not affect a running preparer.</summary>
    /// <exception cref="OptionsValidationException">The options cannot work.</exception>
    public static ProgenyImagePreparationOptions ValidatedCopy(ProgenyImagePreparationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = Failures(options).ToList();
        if (failures.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(ProgenyImagePreparationOptions), failures);
        }

        return new ProgenyImagePreparationOptions
        {
            MaxHeight = options.MaxHeight,
            MaxWidth = options.MaxWidth,
            JpegQuality = options.JpegQuality,
            ConvertPngToJpeg = options.ConvertPngToJpeg,
            MaxSourceBytes = options.MaxSourceBytes,
            MaxSourcePixels = options.MaxSourcePixels,
            MaxSourceDimension = options.MaxSourceDimension,
            OnPrepared = options.OnPrepared,
        };
    }

    private static IEnumerable<string> Failures(ProgenyImagePreparationOptions options)
    {
        if (options.MaxHeight is < 1 or > MaxOutputSide)
        {
            yield return "ProgenyImagePreparationOptions.MaxHeight must be between 1 and 16384 pixels.";
        }

        if (options.MaxWidth is < 1 or > MaxOutputSide)
        {
            yield return "ProgenyImagePreparationOptions.MaxWidth must be between 1 and 16384 pixels.";
        }

        if (options.JpegQuality is < 1 or > 100)
        {
            yield return "ProgenyImagePreparationOptions.JpegQuality must be between 1 and 100.";
        }

        if (options.MaxSourceBytes is < 1 or > MaxSourceBytesLimit)
        {
            yield return "ProgenyImagePreparationOptions.MaxSourceBytes must be between 1 byte and 1 GiB.";
        }

        if (options.MaxSourcePixels < 1)
        {
            yield return "ProgenyImagePreparationOptions.MaxSourcePixels must be positive.";
        }

        if (options.MaxSourceDimension < 1)
        {
            yield return "ProgenyImagePreparationOptions.MaxSourceDimension must be positive.";
        }
    }
}

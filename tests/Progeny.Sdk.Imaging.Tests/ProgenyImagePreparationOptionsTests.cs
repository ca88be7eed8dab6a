using Microsoft.Extensions.Options;

namespace Progeny.Sdk.Imaging.Tests;

public class ProgenyImagePreparationOptionsTests
{
    [Fact]
    public void Constructor_Defaults_AreTheDocumentedOnes()
    {
        var options = new ProgenyImagePreparationOptions();

        options.MaxHeight.ShouldBe(1080);
        options.MaxWidth.ShouldBe(1920);
        options.JpegQuality.ShouldBe(85);
        options.ConvertPngToJpeg.ShouldBeFalse();
        options.MaxSourceBytes.ShouldBe(64 * 1024 * 1024);
        options.MaxSourcePixels.ShouldBe(100_000_000);
        options.MaxSourceDimension.ShouldBe(20_000);
        options.OnPrepared.ShouldBeNull();
    }

    [Theory]
    [InlineData(nameof(ProgenyImagePreparationOptions.MaxHeight), 0, "MaxHeight must be between 1 and 16384 pixels.")]
    [InlineData(nameof(ProgenyImagePreparationOptions.MaxHeight), 16385, "MaxHeight must be between 1 and 16384 pixels.")]
    [InlineData(nameof(ProgenyImagePreparationOptions.MaxWidth), -1, "MaxWidth must be between 1 and 16384 pixels.")]
    [InlineData(nameof(ProgenyImagePreparationOptions.JpegQuality), 0, "JpegQuality must be between 1 and 100.")]
    [InlineData(nameof(ProgenyImagePreparationOptions.JpegQuality), 101, "JpegQuality must be between 1 and 100.")]
    [InlineData(nameof(ProgenyImagePreparationOptions.MaxSourceBytes), 0, "MaxSourceBytes must be between 1 byte and 1 GiB.")]
    [InlineData(nameof(ProgenyImagePreparationOptions.MaxSourceBytes), 1024L * 1024 * 1024 + 1, "MaxSourceBytes must be between 1 byte and 1 GiB.")]
    [InlineData(nameof(ProgenyImagePreparationOptions.MaxSourcePixels), 0, "MaxSourcePixels must be positive.")]
    [InlineData(nameof(ProgenyImagePreparationOptions.MaxSourceDimension), 0, "MaxSourceDimension must be positive.")]
    public void PreparerConstructor_OptionOutOfRange_ThrowsOptionsValidationNamingIt(string option, long value, string message)
    {
        var options = new ProgenyImagePreparationOptions();
        var property = typeof(ProgenyImagePreparationOptions).GetProperty(option)!;
        property.SetValue(options, Convert.ChangeType(value, property.PropertyType, System.Globalization.CultureInfo.InvariantCulture));

        var exception = Should.Throw<OptionsValidationException>(() => new ProgenyImagePreparer(options));

        exception.Failures.ShouldBe([$"ProgenyImagePreparationOptions.{message}"]);
    }

    [Fact]
    public async Task PrepareAsync_InvalidOptions_ThrowsBeforeReadingTheImage()
    {
        var image = ProgenyImage.FromFile(Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.jpg"));

        await Should.ThrowAsync<OptionsValidationException>(() => image.PrepareAsync(new ProgenyImagePreparationOptions { JpegQuality = 0 }).AsTask());
    }
}

namespace Progeny.Cli.Tests;

public sealed class DurationParserTests
{
    [Theory]
    [InlineData("90", 90_000)]
    [InlineData("1.5", 1_500)]
    [InlineData("90s", 90_000)]
    [InlineData("2m", 120_000)]
    [InlineData("1m30s", 90_000)]
    [InlineData("500ms", 500)]
    [InlineData("1h", 3_600_000)]
    [InlineData("00:02:00", 120_000)]
    public void TryParse_Duration_ReadsIt(string text, int milliseconds)
    {
        DurationParser.TryParse(text, out var duration).ShouldBeTrue();
        duration.ShouldBe(TimeSpan.FromMilliseconds(milliseconds));
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("5x")]
    [InlineData("m")]
    [InlineData("-5s")]
    public void TryParse_NotADuration_ReturnsFalse(string text) => DurationParser.TryParse(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData(300, "300ms")]
    [InlineData(120_000, "2m")]
    [InlineData(90_000, "1m30s")]
    [InlineData(3_600_000, "1h")]
    public void Format_Duration_WritesWhatTryParseReads(int milliseconds, string expected)
    {
        DurationParser.Format(TimeSpan.FromMilliseconds(milliseconds)).ShouldBe(expected);
        DurationParser.TryParse(expected, out var back).ShouldBeTrue();
        back.ShouldBe(TimeSpan.FromMilliseconds(milliseconds));
    }
}

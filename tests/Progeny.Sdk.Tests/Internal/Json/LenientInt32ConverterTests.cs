using Progeny.Sdk.Internal.Json;
using Progeny.Sdk.Tests.TestSupport;

namespace Progeny.Sdk.Tests.Internal.Json;

public sealed class LenientInt32ConverterTests
{
    private static readonly LenientInt32Converter Converter = new();

    [Theory]
    [InlineData("30", 30)]
    [InlineData("30.0", 30)]
    [InlineData("\"30\"", 30)]
    [InlineData("\"20.0\"", 20)]
    [InlineData("\" 30 \"", 30)]
    [InlineData("-5", -5)]
    [InlineData("\"1e2\"", 100)]
    [InlineData("2147483647", int.MaxValue)]
    public void Read_NumberOrNumericString_IsRead(string json, int expected) =>
        ConverterHarness.Read(Converter, json).ShouldBe(expected);

    [Theory]
    [InlineData("null")]
    [InlineData("\"\"")]
    [InlineData("\"thirty\"")]
    [InlineData("\"30 years\"")]
    [InlineData("\"NaN\"")]
    [InlineData("\"Infinity\"")]
    [InlineData("2147483648000")]
    [InlineData("1e400")]
    [InlineData("\"1e400\"")]
    [InlineData("true")]
    [InlineData("{\"value\": 30}")]
    [InlineData("[30]")]
    public void Read_AnythingElseOrOutOfRange_IsNullAndSkipped(string json) =>
        ConverterHarness.Read(Converter, json).ShouldBeNull();

    [Theory]
    [InlineData(30, "30")]
    [InlineData(null, "null")]
    public void Write_Value_WritesJsonNumber(int? value, string expected) =>
        ConverterHarness.Write(Converter, value).ShouldBe(expected);
}

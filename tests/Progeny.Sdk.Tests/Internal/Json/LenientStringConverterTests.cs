using Progeny.Sdk.Internal.Json;
using Progeny.Sdk.Tests.TestSupport;

namespace Progeny.Sdk.Tests.Internal.Json;

public sealed class LenientStringConverterTests
{
    private static readonly LenientStringConverter Converter = new();

    [Theory]
    [InlineData("\"efe46711-b1d8-43f1-9d02-7a54c43b79a2\"", "efe46711-b1d8-43f1-9d02-7a54c43b79a2")]
    [InlineData("2188", "2188")]
    [InlineData("-1.50", "-1.50")]
    [InlineData("12345678901234567890", "12345678901234567890")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("\"\"", "")]
    [InlineData("\"caf\\u00e9\"", "café")]
    public void Read_StringNumberOrBoolean_IsReadAsText(string json, string expected) =>
        ConverterHarness.Read(Converter, json).ShouldBe(expected);

    [Theory]
    [InlineData("null")]
    [InlineData("{\"id\": \"x\", \"inner\": {\"a\": [1, 2]}}")]
    [InlineData("[\"x\", [\"y\"]]")]
    public void Read_NullObjectOrArray_IsNullAndSkipped(string json) =>
        ConverterHarness.Read(Converter, json).ShouldBeNull();

    [Theory]
    [InlineData("2188", "\"2188\"")]
    [InlineData(null, "null")]
    public void Write_Value_WritesJsonString(string? value, string expected) =>
        ConverterHarness.Write(Converter, value).ShouldBe(expected);
}

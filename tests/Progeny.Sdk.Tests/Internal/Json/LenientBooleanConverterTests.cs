using Progeny.Sdk.Internal.Json;
using Progeny.Sdk.Tests.TestSupport;

namespace Progeny.Sdk.Tests.Internal.Json;

public sealed class LenientBooleanConverterTests
{
    private static readonly LenientBooleanConverter Converter = new();

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("\"true\"", true)]
    [InlineData("\"True\"", true)]
    [InlineData("\" TRUE \"", true)]
    [InlineData("\"false\"", false)]
    [InlineData("\"False\"", false)]
    [InlineData("\"1\"", true)]
    [InlineData("\"0\"", false)]
    [InlineData("\"yes\"", true)]
    [InlineData("\"no\"", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("2.5", true)]
    [InlineData("0.0", false)]
    public void Read_BooleanInAnyForm_IsRead(string json, bool expected) =>
        ConverterHarness.Read(Converter, json).ShouldBe(expected);

    [Theory]
    [InlineData("null")]
    [InlineData("\"\"")]
    [InlineData("\"maybe\"")]
    [InlineData("\"None\"")]
    [InlineData("{\"result\": true, \"deep\": [1, {\"x\": [2]}]}")]
    [InlineData("[true, false]")]
    public void Read_AnythingElse_IsNullAndSkipped(string json) =>
        ConverterHarness.Read(Converter, json).ShouldBeNull();

    [Theory]
    [InlineData(true, "true")]
    [InlineData(false, "false")]
    [InlineData(null, "null")]
    public void Write_Value_WritesJsonBoolean(bool? value, string expected) =>
        ConverterHarness.Write(Converter, value).ShouldBe(expected);
}

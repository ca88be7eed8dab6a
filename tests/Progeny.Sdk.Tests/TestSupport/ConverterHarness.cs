using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Progeny.Sdk.Tests.TestSupport;

/// <summary>Runs a JSON converter on one value inside an object, and checks the reader is left on the next member.</summary>
internal static class ConverterHarness
{
    public static T? Read<T>(JsonConverter<T> converter, string valueJson)
    {
        var json = Encoding.UTF8.GetBytes($$"""{"value": {{valueJson}}, "next": 42}""");
        var reader = new Utf8JsonReader(json);
        reader.Read(); // {
        reader.Read(); // "value"
        reader.Read(); // the value's first token
        var value = converter.Read(ref reader, typeof(T), JsonSerializerOptions.Default);
        reader.Read().ShouldBeTrue();
        reader.TokenType.ShouldBe(JsonTokenType.PropertyName, "the converter consumed exactly its value");
        reader.GetString().ShouldBe("next");
        return value;
    }

    public static string Write<T>(JsonConverter<T> converter, T value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            converter.Write(writer, value, JsonSerializerOptions.Default);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Progeny.Sdk.Internal.Json;

/// <summary>Reads <c>30</c>, <c>30.0</c>, <c>"30"</c> and <c>"30.0"</c> as 30; anything else, or out of range, as <see langword="null"/>.</summary>
internal sealed class LenientInt32Converter : JsonConverter<int?>
{
    public override bool HandleNull => true;

    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                if (reader.TryGetInt32(out var whole))
                {
                    return whole;
                }

                return reader.TryGetDouble(out var number) ? FromDouble(number) : null;
            case JsonTokenType.String:
                var text = LenientStringConverter.ReadString(ref reader);
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? FromDouble(parsed) : null;
            default:
                reader.Skip();
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static int? FromDouble(double value) =>
        double.IsFinite(value) && value >= int.MinValue && value <= int.MaxValue ? (int)Math.Round(value) : null;
}

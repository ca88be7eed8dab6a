using System.Text.Json;
using System.Text.Json.Serialization;

namespace Progeny.Sdk.Internal.Json;

/// <summary>
/// Reads an array's items as they came (background_check's <c>hits</c>, whose shape is not documented): an empty array
/// without building a document; anything that is not an array, or holds text that cannot be read, as no items.
/// </summary>
internal sealed class JsonItemsConverter : JsonConverter<IReadOnlyList<JsonElement>>
{
    public override IReadOnlyList<JsonElement> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            var next = reader;
            if (next.Read() && next.TokenType == JsonTokenType.EndArray)
            {
                reader.Read();
                return [];
            }
        }

        return JsonMembers.Items(JsonElement.ParseValue(ref reader));
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<JsonElement> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        foreach (var item in value)
        {
            item.WriteTo(writer);
        }

        writer.WriteEndArray();
    }
}

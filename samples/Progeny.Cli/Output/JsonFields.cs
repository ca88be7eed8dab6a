using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Progeny.Sdk;

namespace Progeny.Cli;

/// <summary>Writes the SDK's records into a JSON record: their properties under their camelCase names (see <see cref="CliJsonContext"/>).</summary>
internal static class JsonFields
{
    /// <summary>Writes a passport's properties into the record itself (not as a nested object).</summary>
    /// <param name="writer">The writer, inside the record's object.</param>
    /// <param name="document">The document.</param>
    public static void Document(Utf8JsonWriter writer, PassportDocument document) => Flat(writer, document, CliJsonContext.Default.PassportDocument);

    /// <summary>Writes a card's properties into the record itself (not as a nested object), its other fields as <c>otherFields</c>.</summary>
    /// <param name="writer">The writer, inside the record's object.</param>
    /// <param name="document">The document.</param>
    public static void Document(Utf8JsonWriter writer, CardDocument document) => Flat(writer, document, CliJsonContext.Default.CardDocument);

    /// <summary>Writes a property whose value is a record, a list or a map, e.g. <c>"liveness": {...}</c>.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="writer">The writer, inside the record's object.</param>
    /// <param name="name">The property's name.</param>
    /// <param name="value">The value.</param>
    /// <param name="typeInfo">The value's source-generated JSON contract.</param>
    public static void Property<T>(Utf8JsonWriter writer, string name, T value, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(name);
        JsonSerializer.Serialize(writer, value, typeInfo);
    }

    private static void Flat<T>(Utf8JsonWriter writer, T value, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(writer);
        using var json = JsonSerializer.SerializeToDocument(value, typeInfo);
        foreach (var property in json.RootElement.EnumerateObject())
        {
            property.WriteTo(writer);
        }
    }
}

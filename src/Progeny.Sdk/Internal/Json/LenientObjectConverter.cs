using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Progeny.Sdk.Internal.Json;

/// <summary>
/// Reads an object as <typeparamref name="T"/>; a string, number, boolean or array in its place (as a failed task
/// carries in <c>result</c>, e.g. <c>"ValueError('...')"</c>, or <c>"data": "Document not found"</c>) as
/// <see langword="null"/>, so that the rest of the body is still read.
/// </summary>
/// <typeparam name="T">The object's wire type, which the source-generated context knows.</typeparam>
internal sealed class LenientObjectConverter<T> : JsonConverter<T?>
    where T : class
{
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        return JsonSerializer.Deserialize(ref reader, TypeInfo(options));
    }

    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        JsonSerializer.Serialize(writer, value, TypeInfo(options));
    }

    private static JsonTypeInfo<T?> TypeInfo(JsonSerializerOptions options) => (JsonTypeInfo<T?>)options.GetTypeInfo(typeof(T));
}

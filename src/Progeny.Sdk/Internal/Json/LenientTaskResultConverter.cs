using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Progeny.Sdk.Internal.Json;

/// <summary>
/// Reads a task's <c>result</c> whatever a finished task put there. A value that is not an object (a failed task's
/// <c>"ValueError('...')"</c>) reads as <see langword="null"/>; an object whose <c>data</c> or <c>data.document</c> is
/// not an object (<c>"data": "Document not found"</c>, <c>"document": "None"</c>) reads without them, so that its
/// status and error code still count. The second reading happens only when the first fails: the usual body costs one.
/// </summary>
internal sealed class LenientTaskResultConverter : JsonConverter<TaskResultDto?>
{
    public override TaskResultDto? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        var start = reader;
        try
        {
            return ((JsonConverter<TaskResultDto?>)TypeInfo(options).Converter).Read(ref reader, typeof(TaskResultDto), options);
        }
        catch (JsonException)
        {
            reader = start;
            var result = JsonNode.Parse(ref reader)!.AsObject();
            if (result["data"] is not JsonObject data)
            {
                result.Remove("data");
            }
            else if (data["document"] is not (JsonObject or null))
            {
                data.Remove("document");
            }

            return result.Deserialize(TypeInfo(options));
        }
    }

    public override void Write(Utf8JsonWriter writer, TaskResultDto? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        JsonSerializer.Serialize(writer, value, TypeInfo(options));
    }

    private static JsonTypeInfo<TaskResultDto?> TypeInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<TaskResultDto?>)options.GetTypeInfo(typeof(TaskResultDto));
}

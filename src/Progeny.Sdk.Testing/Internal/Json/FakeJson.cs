using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Progeny.Sdk.Testing.Internal;

/// <summary>JSON as Django REST Framework writes it: compact, non-ASCII letters unescaped.</summary>
internal static class FakeJson
{
    public static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static FakeJsonContext Context { get; } = new(new JsonSerializerOptions { Encoder = Encoder });

    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = Encoder };

    public static byte[] Serialize<T>(T value, Func<FakeJsonContext, JsonTypeInfo<T>> typeInfo) =>
        JsonSerializer.SerializeToUtf8Bytes(value, typeInfo(Context));
}

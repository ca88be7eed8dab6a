using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Progeny.Sdk.Testing.WireMock.Internal;

/// <summary>Writes the stubs' JSON bodies (compact, UTF-8, no escaping of non-ASCII letters) and checks verbatim JSON given by a test.</summary>
internal static class StubJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>An object of one string member per entry: <c>{"detail": "..."}</c>.</summary>
    public static string Object(params (string Name, string Value)[] members) => Write(writer =>
    {
        writer.WriteStartObject();
        foreach (var (name, value) in members)
        {
            writer.WriteString(name, value);
        }

        writer.WriteEndObject();
    });

    /// <summary>Django REST Framework's field errors: <c>{"field": ["message"], ...}</c>, in the given order.</summary>
    public static string FieldErrors(IEnumerable<KeyValuePair<string, string>> errors) => Write(writer =>
    {
        writer.WriteStartObject();
        foreach (var (field, message) in errors)
        {
            writer.WriteStartArray(field);
            writer.WriteStringValue(message);
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    });

    /// <summary>Returns <paramref name="json"/> when it is one valid JSON value.</summary>
    /// <exception cref="ArgumentException">It is not.</exception>
    public static string? Validated(string? json, string what)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return json;
        }
        catch (JsonException exception)
        {
            throw new ArgumentException($"{what} is not one valid JSON value.", exception);
        }
    }

    public static IReadOnlyDictionary<string, string>? ValidatedMembers(IReadOnlyDictionary<string, string>? members)
    {
        if (members is null)
        {
            return null;
        }

        var copy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, json) in members)
        {
            copy[name] = Validated(json, $"The raw value of '{name}'")!;
        }

        return copy;
    }

    public static IReadOnlyList<string> ValidatedValues(IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return [.. values.Select(value => Validated(value, "A raw value")!)];
    }
}

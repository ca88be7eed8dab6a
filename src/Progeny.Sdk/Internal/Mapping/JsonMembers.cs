using System.Collections.Frozen;
using System.Text.Json;

namespace Progeny.Sdk.Internal;

/// <summary>Members of a JSON object kept as they came (provider data, a card's other fields), minus what cannot be read.</summary>
internal static class JsonMembers
{
    /// <summary>
    /// The members a caller can read: a member holding text that is not valid UTF-8 or UTF-16 (which the parser lets
    /// through unread) is left out, since reading it would throw <see cref="InvalidOperationException"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, JsonElement> Readable(Dictionary<string, JsonElement>? members)
    {
        if (members is not { Count: > 0 })
        {
            return FrozenDictionary<string, JsonElement>.Empty;
        }

        Dictionary<string, JsonElement>? readable = null;
        foreach (var (name, element) in members)
        {
            if (!IsReadable(element))
            {
                readable ??= new Dictionary<string, JsonElement>(members, members.Comparer);
                readable.Remove(name);
            }
        }

        return readable ?? members;
    }

    /// <summary>The items of an array, or none when it is not one (or cannot be read).</summary>
    public static IReadOnlyList<JsonElement> Items(JsonElement? array) =>
        array is { ValueKind: JsonValueKind.Array } items && IsReadable(items) ? [.. items.EnumerateArray()] : [];

    /// <summary>Whether every name and string in the element can be read (is valid UTF-8 and UTF-16).</summary>
    private static bool IsReadable(JsonElement element)
    {
        try
        {
            ReadAllText(element);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void ReadAllText(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    _ = property.Name;
                    ReadAllText(property.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    ReadAllText(item);
                }

                break;
            case JsonValueKind.String:
                _ = element.GetString();
                break;
        }
    }
}

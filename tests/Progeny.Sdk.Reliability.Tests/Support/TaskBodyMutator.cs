using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CsCheck;

namespace Progeny.Sdk.Reliability.Tests.Support;

/// <summary>
/// Mutates the documentation's ocr_passport GET sample: fields dropped, renamed and added, types swapped, values of
/// absurd length, deep nesting, numbers and strings the parser must survive, then bytes: truncation, invalid UTF-8,
/// flipped, deleted and repeated ranges; one in five answers another status (400, 404, 500, 503) with such a body.
/// Each case is determined by CsCheck-generated numbers (seedable, shrinkable).
/// </summary>
internal static partial class TaskBodyMutator
{
    private const int MaxBodyBytes = 3 * 512 * 1024;

    private static readonly string[] TrickyNumbers =
    [
        "0", "-0", "1", "-1", "30.5", "1E2", "1e400", "-1e400", "2147483647", "2147483648", "-2147483649",
        "9223372036854775808", "99999999999999999999999999999999", "0.0000000000000001", "4.9e-324",
    ];

    private static readonly string[] TrickyStrings =
    [
        "", " ", "SUCCESS", "success", " SUCCESS ", "PENDING", "STARTED", "RETRY", "FAILURE", "REVOKED", "UNKNOWN",
        "None", "null", "true", "false", "30", "20.0", "NaN", "-1", "1991-9-24", "1991-09-24", "None-None-None",
        "2014-None-None", "0-0-0", "2023-2-29", "2024-2-29", "9999-12-31", "10000-1-1", "-1-1-1", "1991-9-24T00:00:00Z",
        "99999999999999999999-1-1", "1991/9/24", "F", "M", "X", "<", "female", "https://dev.progeny.tech/x.jpg",
        "http://", "javascript:alert(1)", "file:///etc/passwd", "//evil.example/x", "\u0000", "\uFFFD", "\uD83D\uDE00",
        "ÉCHEC", "\t\r\n", "\"", "\\", "</script>", "%00", "{\"nested\": \"json\"}",
    ];

    private static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xFE, 0xFF], [0xC0, 0xAF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xE2, 0x82],
    ];

    private static readonly string[] InvalidStringTokens =
    [
        "\"\\ud800\"", "\"\\uDC00x\"", "\"\\u00\"", "\"\\x41\"", "\"\t\"", "\"abc", "'single'", "\"\\\"", "\"\\uZZZZ\"",
    ];

    /// <summary>Generates cases: how many tree and byte mutations, and the numbers that choose them.</summary>
    public static Gen<FuzzCase> Cases { get; } = Gen.Select(Gen.Int[0, 4], Gen.Int[0, 2], Gen.Int, Mutate);

    public static FuzzCase Mutate(int treeMutations, int byteMutations, int seed)
    {
        var random = new Random(seed);
        var root = JsonNode.Parse(DocumentationSamples.OcrPassportTask);
        var raw = new List<string>();
        var log = new List<string>();
        for (var i = 0; i < treeMutations; i++)
        {
            root = MutateTree(root, random, raw, log);
        }

        var text = Substitute(root?.ToJsonString() ?? "null", raw);
        var bytes = Encoding.UTF8.GetBytes(text);
        for (var i = 0; i < byteMutations; i++)
        {
            bytes = MutateBytes(bytes, random, log);
        }

        if (bytes.Length > MaxBodyBytes)
        {
            bytes = bytes[..MaxBodyBytes];
        }

        var status = random.Next(20) switch { 0 => 400, 1 => 404, 2 => 500, 3 => 503, _ => 200 };
        return new FuzzCase(bytes, random.Next(4) == 0, status, log.Count == 0 ? "none" : string.Join("; ", log));
    }

    private static JsonValue Placeholder(int k) => JsonValue.Create(string.Create(CultureInfo.InvariantCulture, $"@@RAW{k}@@"));

    private static JsonNode? MutateTree(JsonNode? root, Random random, List<string> raw, List<string> log)
    {
        var slots = new List<(JsonNode? Parent, string? Key, int Index, string Path)> { (null, null, -1, "$") };
        if (root is not null)
        {
            Collect(root, "$", slots);
        }

        var (parent, key, index, path) = slots[random.Next(slots.Count)];
        var kind = random.Next(10);
        JsonNode? replacement;
        switch (kind)
        {
            case 0:
                log.Add($"drop {path}");
                if (parent is JsonObject o)
                {
                    o.Remove(key!);
                }
                else if (parent is JsonArray a)
                {
                    a.RemoveAt(index);
                }
                else
                {
                    return null;
                }

                return root;
            case 1:
                replacement = RandomValue(random, raw);
                log.Add($"swap {path} -> {Describe(replacement, raw)}");
                break;
            case 2:
                var length = Pick(random, [0, 1, 64, 4_096, 65_536], [0.1, 0.2, 0.3, 0.3, 0.1]);
                length = random.Next(1000) < 4 ? 1_100_000 : random.Next(1000) < 8 ? 600_000 : length;
                var unit = Pick(random, ["A", "é", "\uD83D\uDE00", "\u0000", "\"", "\\", " "], [0.4, 0.15, 0.1, 0.1, 0.1, 0.1, 0.05]);
                replacement = JsonValue.Create(new StringBuilder().Insert(0, unit, length / unit.Length).ToString());
                log.Add($"long string {path} ({length})");
                break;
            case 3:
                var depth = Pick(random, [8, 31, 32, 33, 100, 1_000, 10_000], [0.15, 0.15, 0.15, 0.15, 0.15, 0.15, 0.1]);
                var (open, close) = random.Next(3) switch { 0 => ("[", "]"), 1 => ("{\"a\":", "}"), _ => ("[{\"a\":", "}]") };
                replacement = Raw(raw, string.Concat(Enumerable.Repeat(open, depth)) + "0" + string.Concat(Enumerable.Repeat(close, depth)));
                log.Add($"nest {path} ({depth})");
                break;
            case 4:
                var number = TrickyNumbers[random.Next(TrickyNumbers.Length)];
                replacement = Raw(raw, number);
                log.Add($"number {path} = {number}");
                break;
            case 5:
                var text = TrickyStrings[random.Next(TrickyStrings.Length)];
                replacement = JsonValue.Create(text);
                log.Add($"string {path}");
                break;
            case 6:
                if (FindObject(root, random) is { } target)
                {
                    var count = random.Next(10) == 0 ? 2_000 : 1 + random.Next(3);
                    for (var i = 0; i < count; i++)
                    {
                        target[string.Create(CultureInfo.InvariantCulture, $"unknown_{i}")] = RandomValue(random, raw);
                    }

                    log.Add($"add {count} fields");
                }

                return root;
            case 7:
                if (parent is JsonObject renamed && key is not null)
                {
                    var value = renamed[key];
                    renamed.Remove(key);
                    var name = random.Next(3) switch { 0 => key.ToUpperInvariant(), 1 => key + " ", _ => "_" + key };
                    renamed[name] = value;
                    log.Add($"rename {path}");
                }

                return root;
            case 8:
                var token = InvalidStringTokens[random.Next(InvalidStringTokens.Length)];
                replacement = Raw(raw, token);
                log.Add($"bad string token {path}");
                break;
            default:
                var current = Current(root, parent, key, index)?.DeepClone();
                replacement = random.Next(2) == 0 ? new JsonArray(current) : new JsonObject { ["value"] = current };
                log.Add($"wrap {path}");
                break;
        }

        if (parent is JsonObject obj)
        {
            obj[key!] = replacement;
        }
        else if (parent is JsonArray array)
        {
            array[index] = replacement;
        }
        else
        {
            return replacement;
        }

        return root;
    }

    private static byte[] MutateBytes(byte[] bytes, Random random, List<string> log)
    {
        var at = bytes.Length == 0 ? 0 : random.Next(bytes.Length + 1);
        switch (random.Next(6))
        {
            case 0:
                log.Add($"truncate at {at}");
                return bytes[..at];
            case 1:
                var sequence = InvalidUtf8[random.Next(InvalidUtf8.Length)];
                log.Add($"invalid UTF-8 at {at}");
                return [.. bytes[..at], .. sequence, .. bytes[at..]];
            case 2:
                if (bytes.Length > 0)
                {
                    var copy = (byte[])bytes.Clone();
                    copy[Math.Min(at, copy.Length - 1)] = (byte)random.Next(256);
                    log.Add($"overwrite byte {at}");
                    return copy;
                }

                return bytes;
            case 3:
                var end = Math.Min(bytes.Length, at + random.Next(1, 64));
                log.Add($"delete {at}..{end}");
                return [.. bytes[..at], .. bytes[end..]];
            case 4:
                var stop = Math.Min(bytes.Length, at + random.Next(1, 64));
                log.Add($"repeat {at}..{stop}");
                return [.. bytes[..stop], .. bytes[at..stop], .. bytes[stop..]];
            default:
                var (prefix, suffix) = random.Next(4) switch
                {
                    0 => ("\uFEFF"u8.ToArray(), Array.Empty<byte>()),
                    1 => ("/* c */ "u8.ToArray(), " // c"u8.ToArray()),
                    2 => (Array.Empty<byte>(), " {} garbage"u8.ToArray()),
                    _ => ("   \n\t"u8.ToArray(), ","u8.ToArray()),
                };
                log.Add("frame");
                return [.. prefix, .. bytes, .. suffix];
        }
    }

    private static JsonNode? RandomValue(Random random, List<string> raw) => random.Next(8) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => JsonValue.Create(random.Next(-100, 100_000)),
        3 => JsonValue.Create(random.NextDouble() * 1e6),
        4 => JsonValue.Create(TrickyStrings[random.Next(TrickyStrings.Length)]),
        5 => new JsonObject(),
        6 => new JsonArray(JsonValue.Create(1), JsonValue.Create("x"), null),
        _ => Raw(raw, TrickyNumbers[random.Next(TrickyNumbers.Length)]),
    };

    private static JsonValue Raw(List<string> raw, string text)
    {
        raw.Add(text);
        return Placeholder(raw.Count - 1);
    }

    private static string Describe(JsonNode? node, List<string> raw)
    {
        var text = Substitute(node?.ToJsonString() ?? "null", raw);
        return text.Length > 40 ? text[..40] + "…" : text;
    }

    /// <summary>Puts the raw texts (invalid JSON on purpose) in place of their placeholders, in one pass.</summary>
    private static string Substitute(string text, List<string> raw) =>
        raw.Count == 0 ? text : PlaceholderPattern().Replace(text, m => raw[int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture)]);

    [GeneratedRegex("\"@@RAW([0-9]+)@@\"")]
    private static partial Regex PlaceholderPattern();

    private static void Collect(JsonNode node, string path, List<(JsonNode? Parent, string? Key, int Index, string Path)> slots)
    {
        if (node is JsonObject obj)
        {
            foreach (var (name, child) in obj.ToList())
            {
                slots.Add((obj, name, -1, $"{path}.{name}"));
                if (child is not null)
                {
                    Collect(child, $"{path}.{name}", slots);
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                slots.Add((array, null, i, $"{path}[{i}]"));
                if (array[i] is { } child)
                {
                    Collect(child, $"{path}[{i}]", slots);
                }
            }
        }
    }

    private static JsonObject? FindObject(JsonNode? root, Random random)
    {
        var objects = new List<JsonObject>();
        void Walk(JsonNode? node)
        {
            if (node is JsonObject obj)
            {
                objects.Add(obj);
                foreach (var (_, child) in obj)
                {
                    Walk(child);
                }
            }
            else if (node is JsonArray array)
            {
                foreach (var child in array)
                {
                    Walk(child);
                }
            }
        }

        Walk(root);
        return objects.Count == 0 ? null : objects[random.Next(objects.Count)];
    }

    private static JsonNode? Current(JsonNode? root, JsonNode? parent, string? key, int index) => parent switch
    {
        JsonObject obj => obj[key!],
        JsonArray array => array[index],
        _ => root,
    };

    private static T Pick<T>(Random random, T[] values, double[] weights)
    {
        var roll = random.NextDouble() * weights.Sum();
        for (var i = 0; i < values.Length; i++)
        {
            roll -= weights[i];
            if (roll <= 0)
            {
                return values[i];
            }
        }

        return values[^1];
    }
}

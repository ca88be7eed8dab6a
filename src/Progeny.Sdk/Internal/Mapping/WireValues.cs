using System.Globalization;
using System.Text.Json;
using Progeny.Sdk.Internal.Json;

namespace Progeny.Sdk.Internal;

/// <summary>Reads the API's wire values leniently: dates without padding, <c>"None"</c>, numbers as strings, odd sexes.</summary>
internal static class WireValues
{
    /// <summary>
    /// Reads <c>Y-M-D</c> with or without zero padding; <c>None-None-None</c>, missing parts, empty or impossible dates give <see langword="null"/>.
    /// </summary>
    public static DateOnly? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 64)
        {
            return null;
        }

        var span = text.AsSpan().Trim();
        var time = span.IndexOf('T');
        if (time > 0)
        {
            span = span[..time];
        }

        Span<Range> parts = stackalloc Range[4];
        if (span.Split(parts, '-') == 3
            && int.TryParse(span[parts[0]], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(span[parts[1]], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(span[parts[2]], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day);
        }

        return null;
    }

    public static Sex ParseSex(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "F" or "FEMALE" or "W" or "WOMAN" => Sex.Female,
        "M" or "MALE" or "MAN" => Sex.Male,
        "X" or "<" or "UNSPECIFIED" => Sex.Unspecified,
        _ => Sex.Unknown,
    };

    /// <summary>The text, or <see langword="null"/> when it is empty or Python's <c>None</c>.</summary>
    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) || value == "None" ? null : value;

    /// <summary>An absolute http(s) address, or <see langword="null"/>.</summary>
    public static Uri? Url(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) ? url : null;

    public static long? RecordId(string? id) => long.TryParse(id, NumberStyles.Integer, CultureInfo.InvariantCulture, out var recordId) ? recordId : null;

    /// <summary>
    /// Reads <c>true</c>, <c>"true"</c>, <c>1</c>; anything else, text that is not valid UTF-8 or UTF-16 included, as
    /// <see langword="null"/>.
    /// </summary>
    public static bool? Boolean(JsonElement element)
    {
        try
        {
            return element.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Number => element.TryGetDouble(out var value) ? value != 0 : null,
                JsonValueKind.String => LenientBooleanConverter.Parse(element.GetString()),
                _ => null,
            };
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Reads <c>2.59</c> and <c>"20.0"</c> as numbers; anything else, or not finite, as <see langword="null"/>.</summary>
    public static double? Number(JsonElement element)
    {
        try
        {
            var value = element.ValueKind switch
            {
                JsonValueKind.Number => element.TryGetDouble(out var number) ? number : (double?)null,
                JsonValueKind.String => double.TryParse(element.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null,
                _ => null,
            };
            return value is { } finite && double.IsFinite(finite) ? finite : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Reads a string, or a number or boolean as text; anything else, or text that cannot be read, as <see langword="null"/>.</summary>
    public static string? String(JsonElement element)
    {
        try
        {
            return element.ValueKind switch
            {
                JsonValueKind.String => Text(element.GetString()),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
                _ => null,
            };
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}

using System.Globalization;

namespace Progeny.Cli;

/// <summary>Reads durations as people type them: <c>90s</c>, <c>2m</c>, <c>1m30s</c>, <c>500ms</c>, <c>1h</c>, a bare number of seconds, or <c>00:02:00</c>.</summary>
internal static class DurationParser
{
    /// <summary>Parses a duration.</summary>
    /// <param name="text">The text to read.</param>
    /// <param name="duration">The duration read.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a duration.</returns>
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return TryFromSeconds(seconds, out duration);
        }

        if (text.Contains(':', StringComparison.Ordinal))
        {
            return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out duration);
        }

        var total = 0.0;
        var position = 0;
        while (position < text.Length)
        {
            var numberStart = position;
            while (position < text.Length && (char.IsAsciiDigit(text[position]) || text[position] == '.'))
            {
                position++;
            }

            var unitStart = position;
            while (position < text.Length && char.IsAsciiLetter(text[position]))
            {
                position++;
            }

            if (unitStart == numberStart || position == unitStart
                || !double.TryParse(text.AsSpan(numberStart, unitStart - numberStart), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return false;
            }

            double? unitSeconds = text[unitStart..position].ToLowerInvariant() switch
            {
                "ms" => 0.001,
                "s" or "sec" => 1,
                "m" or "min" => 60,
                "h" => 3600,
                _ => null,
            };
            if (unitSeconds is not { } factor)
            {
                return false;
            }

            total += number * factor;
        }

        return TryFromSeconds(total, out duration);
    }

    /// <summary>Writes a duration the way <see cref="TryParse"/> reads it, e.g. <c>2m</c> or <c>1m30s</c>.</summary>
    /// <param name="duration">The duration.</param>
    /// <returns>Its short form.</returns>
    public static string Format(TimeSpan duration)
    {
        if (duration < TimeSpan.FromSeconds(1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{duration.TotalMilliseconds:0}ms");
        }

        var parts = new List<string>(3);
        if (duration.Hours + (duration.Days * 24) > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{duration.Hours + (duration.Days * 24)}h"));
        }

        if (duration.Minutes > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{duration.Minutes}m"));
        }

        if (duration.Seconds > 0 || duration.Milliseconds > 0 || parts.Count == 0)
        {
            var seconds = duration.Seconds + (duration.Milliseconds / 1000.0);
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{seconds:0.###}s"));
        }

        return string.Concat(parts);
    }

    private static bool TryFromSeconds(double seconds, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (double.IsNaN(seconds) || seconds < 0 || seconds > TimeSpan.MaxValue.TotalSeconds)
        {
            return false;
        }

        duration = TimeSpan.FromSeconds(seconds);
        return true;
    }
}

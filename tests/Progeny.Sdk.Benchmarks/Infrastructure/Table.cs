using System.Globalization;

namespace Progeny.Sdk.Benchmarks;

/// <summary>A plain text table for the console (and for docs/benchmarks.md: it is Markdown).</summary>
internal sealed class Table(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells) => _rows.Add(cells);

    public void Print()
    {
        var widths = headers.Select((header, i) => Math.Max(header.Length, _rows.Count == 0 ? 0 : _rows.Max(row => row[i].Length))).ToArray();
        Console.WriteLine(Line(headers));
        Console.WriteLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
        foreach (var row in _rows)
        {
            Console.WriteLine(Line(row));
        }

        string Line(string[] cells) => "| " + string.Join(" | ", cells.Select((cell, i) => cell.PadRight(widths[i]))) + " |";
    }
}

/// <summary>The machine-readable last line of every mode.</summary>
internal static class Result
{
    public static void Print(string mode, params (string Key, string Value)[] values)
    {
        Console.Out.Flush();
        Console.Error.Flush();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT mode={mode} {string.Join(' ', values.Select(v => $"{v.Key}={v.Value}"))}"));
    }
}

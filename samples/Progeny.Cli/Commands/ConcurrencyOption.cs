using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Progeny.Cli;

/// <summary><c>-c</c>, <c>--concurrency</c>: how many inputs to have in flight at once.</summary>
internal static class ConcurrencyOption
{
    /// <summary>The default, when the option is not given.</summary>
    public const int Default = 4;

    /// <summary>The largest value taken.</summary>
    public const int Max = 32;

    /// <summary>Creates the option.</summary>
    /// <returns>The option, which reads only whole numbers from 1 to <see cref="Max"/>.</returns>
    public static Option<int> Create() => new("--concurrency", "-c")
    {
        Description = $"How many inputs to have in flight at once (1-{Max}).",
        DefaultValueFactory = _ => Default,
        CustomParser = Parse,
        HelpName = "n",
    };

    private static int Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < 1 or > Max)
        {
            result.AddError($"--concurrency: '{text}' is not a whole number from 1 to {Max}.");
            return Default;
        }

        return value;
    }
}

using Spectre.Console;

namespace Progeny.Cli;

/// <summary>
/// Where a run of <c>progeny</c> writes and what it reads from its environment: results on <see cref="Output"/>
/// (stdout), everything else on <see cref="Error"/> (stderr). Tests pass string writers and their own variables.
/// </summary>
internal sealed class CliConsole
{
    private readonly Func<string, string?> _getEnvironmentVariable;
    private readonly Lock _errorLock = new();

    /// <summary>Initializes a new instance of the <see cref="CliConsole"/> class.</summary>
    /// <param name="output">Receives the results only (stdout).</param>
    /// <param name="error">Receives progress, notices and errors (stderr).</param>
    /// <param name="getEnvironmentVariable">Reads an environment variable, <see langword="null"/> when unset.</param>
    /// <param name="errorIsInteractive">Whether <paramref name="error"/> is a terminal that can show a live progress display.</param>
    public CliConsole(TextWriter output, TextWriter error, Func<string, string?> getEnvironmentVariable, bool errorIsInteractive)
    {
        Output = output;
        Error = error;
        _getEnvironmentVariable = getEnvironmentVariable;
        ErrorIsInteractive = errorIsInteractive;
        OutputConsole = CreateAnsiConsole(output, interactive: false);
        ErrorConsole = CreateAnsiConsole(error, errorIsInteractive);
    }

    /// <summary>Gets the process's own console: stdout, stderr and environment variables.</summary>
    public static CliConsole System => new(
        Console.Out,
        Console.Error,
        Environment.GetEnvironmentVariable,
        errorIsInteractive: !Console.IsErrorRedirected);

    /// <summary>Gets the writer for results (stdout).</summary>
    public TextWriter Output { get; }

    /// <summary>Gets the writer for everything that is not a result (stderr).</summary>
    public TextWriter Error { get; }

    /// <summary>Gets a value indicating whether stderr can show a live progress display.</summary>
    public bool ErrorIsInteractive { get; }

    /// <summary>Gets a Spectre console on <see cref="Output"/>, for result tables.</summary>
    public IAnsiConsole OutputConsole { get; }

    /// <summary>Gets a Spectre console on <see cref="Error"/>, for progress and messages.</summary>
    public IAnsiConsole ErrorConsole { get; }

    /// <summary>Reads an environment variable; blank counts as unset.</summary>
    /// <param name="name">The variable's name.</param>
    /// <returns>The value, or <see langword="null"/> when unset or blank.</returns>
    public string? GetEnvironmentVariable(string name) =>
        _getEnvironmentVariable(name) is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value) ? value : null;

    /// <summary>Writes a one-line notice or error on stderr, prefixed with the command's name. Thread-safe.</summary>
    /// <param name="message">Plain text (not markup).</param>
    public void WriteNotice(string message)
    {
        lock (_errorLock)
        {
            Error.WriteLine($"progeny: {message}");
        }
    }

    private static IAnsiConsole CreateAnsiConsole(TextWriter writer, bool interactive) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = AnsiSupport.Detect,
        ColorSystem = ColorSystemSupport.Detect,
        Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
    });
}

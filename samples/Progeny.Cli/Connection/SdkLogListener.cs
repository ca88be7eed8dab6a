using Microsoft.Extensions.Logging;

namespace Progeny.Cli;

/// <summary>Receives Progeny.Sdk's log and, with <c>--verbose</c>, copies every line to stderr.</summary>
internal sealed class SdkLogListener : ILoggerFactory, ILogger
{
    private readonly Action<string>? _writeLine;

    /// <summary>Initializes a new instance of the <see cref="SdkLogListener"/> class.</summary>
    /// <param name="writeLine">Where to copy log lines (stderr with <c>--verbose</c>); <see langword="null"/> to copy none.</param>
    public SdkLogListener(Action<string>? writeLine) => _writeLine = writeLine;

    /// <inheritdoc/>
    public ILogger CreateLogger(string categoryName) => this;

    /// <inheritdoc/>
    public void AddProvider(ILoggerProvider provider)
    {
    }

    /// <inheritdoc/>
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    /// <inheritdoc/>
    public bool IsEnabled(LogLevel logLevel) => _writeLine is not null && logLevel != LogLevel.None;

    /// <inheritdoc/>
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        _writeLine?.Invoke($"sdk {logLevel.ToString().ToLowerInvariant()}: {formatter(state, exception)}");
    }

    /// <inheritdoc/>
    public void Dispose()
    {
    }
}

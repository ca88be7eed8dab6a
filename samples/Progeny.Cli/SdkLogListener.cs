using Microsoft.Extensions.Logging;

namespace Progeny.Cli;

/// <summary>
/// Receives Progeny.Sdk's log: raises <see cref="TaskStatusSeen"/> for each task status the SDK reads, so the
/// progress display can show it live, and with <c>--verbose</c> copies every log line to stderr.
/// </summary>
internal sealed class SdkLogListener : ILoggerFactory, ILogger
{
    private const string TaskStatusEvent = "TaskStatus";
    private readonly Action<string>? _writeLine;

    /// <summary>Initializes a new instance of the <see cref="SdkLogListener"/> class.</summary>
    /// <param name="writeLine">Where to copy log lines (stderr with <c>--verbose</c>); <see langword="null"/> to copy none.</param>
    public SdkLogListener(Action<string>? writeLine) => _writeLine = writeLine;

    /// <summary>Raised with a task id and the status the SDK just read for it, e.g. <c>PENDING</c>.</summary>
    public event Action<string, string>? TaskStatusSeen;

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
    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    /// <inheritdoc/>
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        _writeLine?.Invoke($"sdk {logLevel.ToString().ToLowerInvariant()}: {formatter(state, exception)}");
        if (eventId.Name == TaskStatusEvent && state is IReadOnlyList<KeyValuePair<string, object?>> values
            && Find(values, "TaskId") is { } taskId && Find(values, "Status") is { } status)
        {
            TaskStatusSeen?.Invoke(taskId, status);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
    }

    private static string? Find(IReadOnlyList<KeyValuePair<string, object?>> values, string key)
    {
        foreach (var (name, value) in values)
        {
            if (name == key)
            {
                return value?.ToString();
            }
        }

        return null;
    }
}

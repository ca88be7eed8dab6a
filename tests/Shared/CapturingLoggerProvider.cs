using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Progeny.Sdk.TestShared;

/// <summary>
/// Captures every log line at every level, from every category (the SDK's and the HTTP client factory's): the
/// formatted message, each structured value, the exception's <c>ToString()</c> and every scope's text.
/// </summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            provider.Lines.Enqueue($"[scope] {category}: {state}{Values(state)}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            provider.Lines.Enqueue($"[{logLevel}] {category}: {formatter(state, exception)}{Values(state)}{(exception is null ? string.Empty : " | " + exception)}");
        }

        private static string Values<TState>(TState state) =>
            state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? " {" + string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}")) + "}"
                : string.Empty;
    }
}

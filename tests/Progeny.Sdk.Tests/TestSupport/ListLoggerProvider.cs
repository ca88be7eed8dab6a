using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Progeny.Sdk.Tests.TestSupport;

/// <summary>A logging provider that keeps every message at every level, with its category.</summary>
public sealed class ListLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, string Message)> _messages = new();

    public IReadOnlyCollection<(string Category, string Message)> Messages => _messages;

    public ILogger CreateLogger(string categoryName) => new ListLogger(categoryName, _messages);

    public void Dispose()
    {
    }

    private sealed class ListLogger(string category, ConcurrentQueue<(string Category, string Message)> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            messages.Enqueue((category, formatter(state, exception)));
    }
}

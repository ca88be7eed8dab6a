using Progeny.Sdk;

namespace Progeny.Cli;

/// <summary>How to run the tasks of a command: the connection, the output format and the limits, as the command line set them.</summary>
/// <param name="Connection">Where to connect.</param>
/// <param name="Timeout">The wait for each task (<c>--timeout</c>); <see langword="null"/> for the SDK's default.</param>
/// <param name="Json">Whether to write JSON Lines rather than tables.</param>
/// <param name="Verbose">Whether to show status changes, the SDK's log and stack traces.</param>
/// <param name="Concurrency">How many inputs to have in flight at once.</param>
internal sealed record RunSettings(ConnectionSettings Connection, TimeSpan? Timeout, bool Json, bool Verbose, int Concurrency)
{
    /// <summary>Gets the journal the run goes through (<c>--journal</c>); <see langword="null"/> to run without one.</summary>
    public JournalSettings? Journal { get; init; }

    /// <summary>Gets the wait for each task in force: <c>--timeout</c>, else the SDK's default.</summary>
    public TimeSpan EffectiveTimeout => Timeout ?? new ProgenyClientOptions().PollingTimeout;
}

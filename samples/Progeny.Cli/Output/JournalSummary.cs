namespace Progeny.Cli;

/// <summary>
/// What a journaled run adds on stderr after the failures: how many inputs the journal answered for alone, and the
/// inputs of unknown outcome with what to do about them.
/// </summary>
internal static class JournalSummary
{
    /// <summary>Writes the summary.</summary>
    /// <typeparam name="TRequest">The service's request.</typeparam>
    /// <typeparam name="TResult">The service's result.</typeparam>
    /// <param name="outcomes">The run's outcomes.</param>
    /// <param name="journal">The journal the run went through.</param>
    /// <param name="console">Where to write.</param>
    public static void Write<TRequest, TResult>(IReadOnlyList<TaskOutcome<TRequest, TResult>> outcomes, JournalSettings journal, CliConsole console)
        where TRequest : class
        where TResult : class
    {
        var fromJournal = outcomes.Count(outcome => outcome.FromJournal == true);
        if (fromJournal > 0)
        {
            console.WriteNotice($"{fromJournal} of {outcomes.Count} inputs read from the journal {journal.Path} as an earlier run left them; nothing was sent for them.");
        }

        var unknown = outcomes.Where(outcome => outcome.Failure?.ExitCode == ExitCodes.UnknownOutcome).Select(outcome => outcome.Input.DisplayName).ToList();
        if (unknown.Count > 0)
        {
            console.WriteNotice(
                $"outcome unknown for {unknown.Count} input{(unknown.Count == 1 ? string.Empty : "s")}: {string.Join(", ", unknown)}. "
                + "Each upload was (or may have been) sent, but no task id came back: Progeny may have created, and charged for, a task, or not. "
                + $"Check the Progeny dashboard or ask Progeny's support for tasks created at the times 'progeny journal {journal.Path} export' shows (updated_at); "
                + "then rerun the same command with --resend-unknown to upload them again (each may then be paid twice), or leave them.");
        }
    }
}

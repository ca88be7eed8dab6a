using Progeny.Sdk;

namespace Progeny.Cli;

/// <summary>Why an input has no result, said so that a person can act on it.</summary>
/// <param name="ExitCode">The exit code this failure calls for (see <see cref="ExitCodes"/>).</param>
/// <param name="Kind">What kind of failure it is, as <c>--json</c> writes it: an exit code's name (see <see cref="ExitCodes.NameOf"/>) or <see cref="NotSentKind"/>.</param>
/// <param name="Message">What went wrong and what to do, in one or two sentences of plain text, after what it is about (a file, a task).</param>
/// <param name="TaskMayExist">Whether a (billed) task may exist for the input: see <see cref="ProgenyException.TaskMayExist"/>.</param>
/// <param name="Exception">The exception behind it, shown with <c>--verbose</c>; <see langword="null"/> for a problem found before anything ran.</param>
internal sealed record TaskFailure(int ExitCode, string Kind, string Message, bool TaskMayExist, Exception? Exception)
{
    /// <summary>The kind of an input that was never uploaded: another input failed its check, or the run was interrupted first.</summary>
    public const string NotSentKind = "notSent";

    /// <summary>Gets a value indicating whether the input was never uploaded.</summary>
    public bool NotSent => Kind == NotSentKind;

    /// <summary>Creates the failure of an input that was never uploaded.</summary>
    /// <param name="exitCode">The run's reason: <see cref="ExitCodes.InputError"/> or <see cref="ExitCodes.Canceled"/>.</param>
    /// <param name="message">What it is about and why it was not sent.</param>
    /// <returns>The failure: no task exists.</returns>
    public static TaskFailure NeverSent(int exitCode, string message) => new(exitCode, NotSentKind, message, TaskMayExist: false, Exception: null);

    /// <summary>Creates the failure of an input that Ctrl+C stopped before its upload was sent.</summary>
    /// <param name="subject">The input, as the person knows it.</param>
    /// <returns>The failure: no task exists.</returns>
    public static TaskFailure InterruptedBeforeUpload(string subject) => NeverSent(ExitCodes.Canceled, $"{subject}: not sent (interrupted before its upload).");
}

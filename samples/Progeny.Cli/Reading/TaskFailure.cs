namespace Progeny.Cli;

/// <summary>Why an input has no result, said so that a person can act on it.</summary>
/// <param name="ExitCode">The exit code this failure calls for (see <see cref="ExitCodes"/>).</param>
/// <param name="Message">What went wrong and what to do, in one or two sentences of plain text, after what it is about (a file, a task).</param>
/// <param name="Exception">The exception behind it, shown with <c>--verbose</c>.</param>
internal sealed record TaskFailure(int ExitCode, string Message, Exception Exception);

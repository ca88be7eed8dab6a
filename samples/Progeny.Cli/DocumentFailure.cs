namespace Progeny.Cli;

/// <summary>Why a document could not be read, said so that a person can act on it.</summary>
/// <param name="ExitCode">The exit code this failure calls for (see <see cref="ExitCodes"/>).</param>
/// <param name="Message">What went wrong and what to do, in one or two sentences of plain text.</param>
/// <param name="Exception">The exception behind it, shown with <c>--verbose</c>.</param>
internal sealed record DocumentFailure(int ExitCode, string Message, Exception Exception);

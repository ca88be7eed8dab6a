namespace Progeny.Cli;

/// <summary>The process exit codes of <c>progeny</c>. When inputs fail in different ways, the largest code applies.</summary>
internal static class ExitCodes
{
    /// <summary>Every task ended with its answer, a check's negative answer included (a face not live, no match).</summary>
    public const int Success = 0;

    /// <summary>Some tasks failed: the service could not give its answer (its error code is shown).</summary>
    public const int TasksFailed = 1;

    /// <summary>A usage or input error: a bad option or value, a file missing, unreadable, empty, not a PNG or JPEG image, or too big, a journal that cannot be used; nothing is uploaded.</summary>
    public const int InputError = 2;

    /// <summary>Progeny refused the credentials.</summary>
    public const int AuthenticationFailed = 3;

    /// <summary>A task did not finish within <c>--timeout</c>; it goes on, resume it with <c>progeny wait</c>.</summary>
    public const int Timeout = 4;

    /// <summary>Any other failure of the API or the network.</summary>
    public const int ApiFailure = 5;

    /// <summary>
    /// With <c>--journal</c>: some uploads have an unknown outcome (a task may exist, its id was never recorded); they
    /// are listed and not resent unless <c>--resend-unknown</c> is given.
    /// </summary>
    public const int UnknownOutcome = 6;

    /// <summary>Interrupted (Ctrl+C).</summary>
    public const int Canceled = 130;

    /// <summary>Gets the codes with a name (for <c>--json</c>) and a one-line meaning (for <c>--help</c>) each.</summary>
    public static IReadOnlyList<(int Code, string Name, string Meaning)> Descriptions { get; } =
    [
        (Success, "success", "every task ended with its answer, a check's 'no' included (not live, no match)"),
        (TasksFailed, "taskFailed", "some tasks failed: the service could not give its answer (its error code is shown)"),
        (InputError, "inputError", "usage or input error: bad option or value; a file missing, unreadable, empty, not a PNG/JPEG image or too big; a journal corrupt, foreign, newer or in use (then nothing is uploaded)"),
        (AuthenticationFailed, "authenticationFailed", "Progeny refused the credentials"),
        (Timeout, "timeout", "a task did not finish within --timeout; resume it with: progeny wait <task-id>"),
        (ApiFailure, "apiFailure", "other API or network failure; with --journal, 4 and 5 leave tasks uploaded but unfinished: rerun the same command to wait for them (no new upload)"),
        (UnknownOutcome, "unknownOutcome", "with --journal: some uploads' outcome is unknown (listed; a paid task may exist): check with Progeny, then rerun with --resend-unknown to upload them again, or leave them"),
        (Canceled, "canceled", "interrupted (Ctrl+C); inputs never uploaded are listed as not sent"),
    ];

    /// <summary>Gets the name of a code, as <c>--json</c> writes it in a failure.</summary>
    /// <param name="code">One of the codes.</param>
    /// <returns>Its name, e.g. <c>taskFailed</c>.</returns>
    public static string NameOf(int code) => Descriptions.First(description => description.Code == code).Name;
}

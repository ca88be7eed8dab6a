namespace Progeny.Cli;

/// <summary>The process exit codes of <c>progeny</c>. When files fail in different ways, the largest code applies.</summary>
internal static class ExitCodes
{
    /// <summary>Every document was read.</summary>
    public const int Success = 0;

    /// <summary>Some documents could not be read: their tasks failed (the service's error code is shown).</summary>
    public const int DocumentsFailed = 1;

    /// <summary>A usage or input error: a bad option, a missing file, a file that is not a PNG or JPEG image, or one too big.</summary>
    public const int InputError = 2;

    /// <summary>Progeny refused the credentials.</summary>
    public const int AuthenticationFailed = 3;

    /// <summary>A task did not finish within <c>--timeout</c>; it goes on, resume it with <c>progeny wait</c>.</summary>
    public const int Timeout = 4;

    /// <summary>Any other failure of the API or the network.</summary>
    public const int ApiFailure = 5;

    /// <summary>Interrupted (Ctrl+C).</summary>
    public const int Canceled = 130;

    /// <summary>Gets the codes with a one-line meaning each, for <c>--help</c>.</summary>
    public static IReadOnlyList<(int Code, string Meaning)> Descriptions { get; } =
    [
        (Success, "every document was read"),
        (DocumentsFailed, "some documents could not be read (the task failed; its error code is shown)"),
        (InputError, "usage or input error: bad option, file missing, not a PNG/JPEG image, too big"),
        (AuthenticationFailed, "Progeny refused the credentials"),
        (Timeout, "a task did not finish within --timeout; resume it with: progeny wait <task-id>"),
        (ApiFailure, "other API or network failure"),
        (Canceled, "interrupted (Ctrl+C)"),
    ];
}

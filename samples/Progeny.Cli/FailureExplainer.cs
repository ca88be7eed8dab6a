using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;
using Progeny.Sdk;

namespace Progeny.Cli;

/// <summary>Turns an exception from reading one document into a message a person can act on, and an exit code.</summary>
/// <param name="Timeout">The <c>--timeout</c> in force, to quote in timeout messages.</param>
/// <param name="MaxImageBytes">The largest image the SDK uploads.</param>
/// <param name="UsesEmbeddedServer">Whether the run talks to the built-in fake server.</param>
internal sealed record FailureExplainer(TimeSpan Timeout, long MaxImageBytes, bool UsesEmbeddedServer)
{
    /// <summary>Explains a failure.</summary>
    /// <param name="exception">What was thrown.</param>
    /// <param name="request">The document it was thrown for.</param>
    /// <param name="taskId">The task id, if the task had been created.</param>
    /// <returns>The failure, with its exit code and message.</returns>
    public DocumentFailure Explain(Exception exception, DocumentRequest request, string? taskId)
    {
        var (exitCode, message) = exception switch
        {
            FileNotFoundException or DirectoryNotFoundException => (ExitCodes.InputError, "file not found."),
            UnauthorizedAccessException => (ExitCodes.InputError, "cannot be read: permission denied."),
            IOException io => (ExitCodes.InputError, $"cannot be read: {io.Message}"),
            ArgumentException argument when request.FilePath is not null => (ExitCodes.InputError, ImageProblem(argument, request.FilePath)),
            ProgenyAuthenticationException => (ExitCodes.AuthenticationFailed, CredentialsRefused()),
            ProgenyTaskFailedException failed => (ExitCodes.DocumentsFailed, TaskFailed(failed)),
            ProgenyTaskTimeoutException timeout => (ExitCodes.Timeout, TimedOut(timeout)),
            ProgenyApiException { StatusCode: HttpStatusCode.NotFound } when request.FilePath is null => (ExitCodes.ApiFailure, UnknownTask(request.TaskId!)),
            ProgenyValidationException validation => (ExitCodes.ApiFailure, Refused(validation)),
            ProgenyException progeny => (ExitCodes.ApiFailure, progeny.Message),
            OptionsValidationException options => (ExitCodes.InputError, string.Join(" ", options.Failures)),
            _ => (ExitCodes.ApiFailure, $"unexpected error: {exception.Message} (run with --verbose for details)"),
        };
        return new DocumentFailure(exitCode, $"{request.DisplayName}: {message}", exception);
    }

    /// <summary>Says that a document was interrupted (Ctrl+C), and how to resume its task if it has one.</summary>
    /// <param name="taskId">The task id, if the task had been created.</param>
    /// <returns>The message, without the file name.</returns>
    public string Interrupted(string? taskId) => (taskId, UsesEmbeddedServer) switch
    {
        (null, _) => "interrupted.",
        (_, true) => $"interrupted while task {taskId} was running on the built-in fake server, which stops with this command.",
        _ => $"interrupted; task {taskId} goes on at Progeny: resume with `progeny wait {taskId}`.",
    };

    private string ImageProblem(ArgumentException exception, string path)
    {
        var length = new FileInfo(path) is { Exists: true } file ? file.Length : 0;
        if (length > MaxImageBytes && exception.Message.Contains("MaxImageBytes", StringComparison.Ordinal))
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"the file is {Megabytes(length)}, over the {Megabytes(MaxImageBytes)} limit: shrink it (Progeny recommends at most 1080 px high).");
        }

        return length == 0
            ? "the file is empty."
            : exception.Message.Contains("neither PNG nor JPEG", StringComparison.Ordinal)
                ? "not a PNG or JPEG image (its first bytes match neither format)."
                : exception.Message;
    }

    private string CredentialsRefused() => UsesEmbeddedServer
        ? "the built-in fake server refused its own credentials."
        : $"Progeny refused the credentials: check {ConnectionSettings.UsernameVariable} and {ConnectionSettings.PasswordVariable} (or --username and --password).";

    private static string TaskFailed(ProgenyTaskFailedException failed)
    {
        var code = failed.ErrorCode is { } errorCode ? $" with error code {errorCode}" : string.Empty;
        return $"Progeny could not read the document: task {failed.TaskId} ended as {failed.Status}{code}. Try a sharper, well-lit photo of the whole data page.";
    }

    private string TimedOut(ProgenyTaskTimeoutException timeout)
    {
        var last = timeout.LastStatus is { } status ? $" (last status {status})" : string.Empty;
        var resume = UsesEmbeddedServer
            ? "The built-in fake server stops with this command, so the task cannot be resumed."
            : $"It goes on at Progeny: resume with `progeny wait {timeout.TaskId}`.";
        return $"task {timeout.TaskId} did not finish within {DurationParser.Format(Timeout)}{last}. {resume}";
    }

    private string UnknownTask(string taskId) => UsesEmbeddedServer
        ? $"the built-in fake server knows no task {taskId}: it keeps tasks only while one command runs. Set {ConnectionSettings.UsernameVariable} and {ConnectionSettings.PasswordVariable} to wait for a real task."
        : $"Progeny knows no task {taskId}: check the id.";

    private static string Refused(ProgenyValidationException validation)
    {
        var fields = string.Join("; ", validation.Errors.Select(error => $"{error.Key}: {string.Join(" ", error.Value)}"));
        return fields.Length == 0 ? validation.Message : $"Progeny refused the upload ({fields}).";
    }

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MiB");
}

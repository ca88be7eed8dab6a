using System.Net;
using Microsoft.Extensions.Options;
using Progeny.Sdk;

namespace Progeny.Cli;

/// <summary>Turns an exception from running one input into a message a person can act on, and an exit code.</summary>
/// <param name="Service">The service the input ran with.</param>
/// <param name="Timeout">The <c>--timeout</c> in force, to quote in timeout messages.</param>
/// <param name="MaxImageBytes">The largest image the SDK uploads.</param>
/// <param name="UsesEmbeddedServer">Whether the run talks to the built-in fake server.</param>
/// <param name="Journaled">Whether the run goes through a journal, which resumes its tasks on a rerun.</param>
internal sealed record FailureExplainer(IServiceDescription Service, TimeSpan Timeout, long MaxImageBytes, bool UsesEmbeddedServer, bool Journaled)
{
    /// <summary>Explains a failure.</summary>
    /// <typeparam name="TRequest">The service's request.</typeparam>
    /// <param name="exception">What was thrown.</param>
    /// <param name="input">The input it was thrown for.</param>
    /// <param name="taskId">The task id, if the task had been created.</param>
    /// <returns>The failure, with its exit code and message.</returns>
    public TaskFailure Explain<TRequest>(Exception exception, TaskInput<TRequest> input, string? taskId)
        where TRequest : class
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(input);

        // The SDK names the request's property of a bad image: say which file it is.
        var file = exception is ArgumentException { ParamName: { } parameter }
            ? input.Files.FirstOrDefault(file => file.Parameter == parameter)
            : input.Files.Count == 1 ? input.Files[0] : null;
        var subject = file?.Path ?? input.DisplayName;
        var (exitCode, message) = exception switch
        {
            FileNotFoundException or DirectoryNotFoundException => (ExitCodes.InputError, "file not found."),
            UnauthorizedAccessException => (ExitCodes.InputError, "cannot be read: permission denied."),
            IOException io => (ExitCodes.InputError, $"cannot be read: {io.Message}"),
            ArgumentException argument when file is not null => (ExitCodes.InputError, ImageCheck.Describe(argument, new FileInfo(file.Path) is { Exists: true } info ? info.Length : 0, MaxImageBytes)),
            ArgumentException argument => (ExitCodes.InputError, argument.Message),
            ProgenyAuthenticationException => (ExitCodes.AuthenticationFailed, CredentialsRefused()),
            ProgenyTaskFailedException failed => (ExitCodes.TasksFailed, TaskFailed(failed)),
            ProgenyTaskTimeoutException { LastFailureStatusCode: HttpStatusCode.NotFound } timeout when input.CreateRequest is null => (ExitCodes.ApiFailure, UnknownTask(timeout.TaskId)),
            ProgenyTaskTimeoutException timeout => (ExitCodes.Timeout, TimedOut(timeout)),
            ProgenyApiException { StatusCode: HttpStatusCode.NotFound } when input.CreateRequest is null => (ExitCodes.ApiFailure, UnknownTask(input.TaskId!)),
            ProgenyValidationException validation => (ExitCodes.ApiFailure, Refused(validation)),
            ProgenyException progeny => (ExitCodes.ApiFailure, WithCause(progeny)),
            OptionsValidationException options => (ExitCodes.InputError, string.Join(" ", options.Failures)),
            _ => (ExitCodes.ApiFailure, $"unexpected error: {WithCause(exception)} (run with --verbose for details)"),
        };
        return new TaskFailure(exitCode, ExitCodes.NameOf(exitCode), $"{subject}: {message}", TaskMayExist(exception, taskId), exception);
    }

    /// <summary>Says that an input was interrupted (Ctrl+C) after its upload began, and how to resume its task if it has one.</summary>
    /// <typeparam name="TRequest">The service's request.</typeparam>
    /// <param name="canceled">The cancellation, a <see cref="ProgenyUploadCanceledException"/> when the upload may have reached Progeny.</param>
    /// <param name="input">The input.</param>
    /// <param name="taskId">The task id, if the task had been created.</param>
    /// <returns>The failure.</returns>
    public TaskFailure Interrupted<TRequest>(OperationCanceledException canceled, TaskInput<TRequest> input, string? taskId)
        where TRequest : class
    {
        ArgumentNullException.ThrowIfNull(input);
        var message = (taskId, UsesEmbeddedServer) switch
        {
            (null, _) => "interrupted during its upload.",
            (_, true) => $"interrupted while task {taskId} was running on the built-in fake server, which stops with this command.",
            _ => $"interrupted; task {taskId} goes on at Progeny: resume with `{Service.ResumeCommand(taskId)}`.",
        };
        return new TaskFailure(ExitCodes.Canceled, ExitCodes.NameOf(ExitCodes.Canceled), $"{input.DisplayName}: {message}", TaskMayExist(canceled, taskId), canceled);
    }

    // A task exists once its id is known; before that, the SDK says whether the failed call may have created one.
    private static bool TaskMayExist(Exception exception, string? taskId) => taskId is not null || exception switch
    {
        ProgenyException progeny => progeny.TaskMayExist,
        ProgenyUploadCanceledException uploadCanceled => uploadCanceled.TaskMayExist,
        _ => false,
    };

    // A network failure's own words (e.g. "Connection refused (127.0.0.1:443)"): the SDK's message says which step failed.
    private static string WithCause(Exception exception)
    {
        var causes = new List<string>();
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (!causes.Prepend(exception.Message).Any(said => said.Contains(inner.Message, StringComparison.Ordinal)))
            {
                causes.Add(inner.Message);
            }
        }

        return causes.Count == 0 ? exception.Message : $"{exception.Message} Cause: {string.Join(": ", causes)}.";
    }

    private string CredentialsRefused() => UsesEmbeddedServer
        ? "the built-in fake server refused its own credentials."
        : $"Progeny refused the credentials: check {ConnectionSettings.UsernameVariable} and {ConnectionSettings.PasswordVariable} (or --username and --password).";

    private string TaskFailed(ProgenyTaskFailedException failed)
    {
        var code = failed.ErrorCode is { } errorCode ? $" with error code {errorCode}" : string.Empty;
        return $"task {failed.TaskId} ended as {failed.Status}{code}. {Service.WhenFailed}";
    }

    private string TimedOut(ProgenyTaskTimeoutException timeout)
    {
        var last = timeout.LastStatus is { } status ? $" (last status {status})" : string.Empty;
        var resume = (UsesEmbeddedServer, Journaled) switch
        {
            (true, _) => "The built-in fake server stops with this command, so the task cannot be resumed.",
            (_, true) => "It goes on at Progeny: rerun the same command to wait for it again (the journal holds its id; no new upload).",
            _ => $"It goes on at Progeny: resume with `{Service.ResumeCommand(timeout.TaskId)}`.",
        };
        return $"task {timeout.TaskId} did not finish within {DurationParser.Format(Timeout)}{last}. {resume}";
    }

    private static string UnknownTask(string taskId) => $"Progeny knows no task {taskId}: check the id.";

    private static string Refused(ProgenyValidationException validation)
    {
        var fields = string.Join("; ", validation.Errors.Select(error => $"{error.Key}: {string.Join(" ", error.Value)}"));
        return fields.Length == 0 ? validation.Message : $"Progeny refused the upload ({fields}).";
    }
}

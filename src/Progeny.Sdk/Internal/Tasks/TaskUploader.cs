using System.Net;
using Microsoft.Extensions.Logging;

namespace Progeny.Sdk.Internal;

/// <summary>
/// Sends a service's form once (a paid check) and returns the task id. Nothing is retried once it may have reached the
/// server; each failure says whether a task may have been created.
/// </summary>
internal sealed class TaskUploader(ProgenyConnection connection)
{
    public async ValueTask<string> SubmitAsync<TRequest, TResult>(ServiceDefinition<TRequest, TResult> service, TRequest request, UploadGuard guard, CancellationToken cancellationToken)
        where TResult : ProgenyResult
    {
        ArgumentNullException.ThrowIfNull(request);
        var form = new ServiceForm();
        service.Describe(request, form);
        var opened = await form.OpenAsync(connection.ImagePreparer, connection.Options.MaxImageBytes, cancellationToken).ConfigureAwait(false);
        await using (opened.ConfigureAwait(false))
        {
            ProgenyLog.Uploading(connection.Logger, service.Name, opened.Images.Count, opened.ImageBytes);
            using var uploadTimeout = new TimeoutScope(connection.Options.UploadTimeout, connection.TimeProvider, cancellationToken);
            try
            {
                using var response = await service.SubmitAsync(connection.Api, opened.Content, guard, uploadTimeout.Token).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    var refused = IsRefusal(response.StatusCode);
                    var failure = await ProgenyErrors.FromResponseAsync(response, $"Could not submit the {service.Name} request", uploadTimeout.Token,
                        refused ? " No task was created." : " A task may have been created; the upload is not retried.").ConfigureAwait(false);
                    throw refused ? failure.NoTaskCreated() : failure;
                }

                using var body = await TaskBody.ReadAsync(response.Content, uploadTimeout.Token).ConfigureAwait(false);
                if (ReadTaskId(body.Span) is not { Length: > 0 } taskId)
                {
                    throw new ProgenyException($"Progeny accepted the {service.Name} request but its answer held no task id. A task may have been created; the upload is not retried.");
                }

                if (!TaskId.IsValid(taskId))
                {
                    throw new ProgenyException(
                        $"Progeny accepted the {service.Name} request but its answer held a malformed task id (not 1 to {TaskId.MaxLength} letters, digits, '-' or '_'; not shown). A task may have been created; the upload is not retried.");
                }

                ProgenyLog.TaskCreated(connection.Logger, service.Name, taskId);
                return taskId;
            }
            catch (Exception exception) when (exception is not ProgenyException)
            {
                throw Failure(service.Name, ProgenyErrors.Unwrap(exception), guard, cancellationToken);
            }
        }
    }

    /// <summary>The id of <c>{"id": "&lt;uuid&gt;"}</c> (a number is read as text), or <see langword="null"/> when the answer is not that.</summary>
    private static string? ReadTaskId(ReadOnlySpan<byte> body) => TaskStatusReader.TryReadMember(body, "id"u8, out var id) ? id : null;

    /// <summary>Answers given before the upload was processed: no task exists (nginx's 413 included).</summary>
    private static bool IsRefusal(HttpStatusCode status) => status is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized
        or HttpStatusCode.Forbidden or HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.UnsupportedMediaType;

    private Exception Failure(string service, Exception cause, UploadGuard guard, CancellationToken cancellationToken)
    {
        if (cause is ProgenyException progeny)
        {
            // A failure of the token renewal (before the upload, or after a 401 on it): nothing was processed.
            return guard.MayHaveBeenSent ? progeny : ProgenyErrors.Restate(progeny, "The upload was not processed: no task was created.").NoTaskCreated();
        }

        if (cancellationToken.IsCancellationRequested)
        {
            return guard.MayHaveBeenSent
                ? new ProgenyUploadCanceledException($"The {service} upload was canceled after it may have reached Progeny: a task may have been created.", cause, cancellationToken)
                : new OperationCanceledException($"The {service} upload was canceled before it was sent: no task was created.", cause, cancellationToken);
        }

        if (!guard.MayHaveBeenSent)
        {
            // Refused before it left the process (a failed connect, or a handler around the SDK's HttpClient, e.g. an open circuit breaker).
            return ProgenyErrors.IsConnectFailure(cause)
                ? new ProgenyException("Could not connect to Progeny: the request was not sent and no task was created.", cause).NoTaskCreated()
                : new ProgenyException($"The {service} upload failed before it was sent: no task was created.", cause).NoTaskCreated();
        }

        ProgenyLog.UploadUncertain(connection.Logger, service, cause);
        var what = cause switch
        {
            UploadResendRefusedException => "broke off after it was sent, and a handler around the SDK's HttpClient tried to send it again: the SDK refused",
            OperationCanceledException => "timed out (UploadTimeout) after it was sent",
            _ => "broke off after it was sent",
        };
        return new ProgenyException($"The {service} upload {what}. A task may have been created; the upload is not retried.", cause as HttpRequestException);
    }
}

using System.Net;
using Microsoft.Extensions.Logging;
using Progeny.Sdk.Internal.Json;
using Refit;

namespace Progeny.Sdk.Internal;

/// <summary>
/// Sends a service's form once (a paid check) and returns the task id. Nothing is retried once it may have reached the
/// server; each failure says whether a task may have been created.
/// </summary>
internal sealed class TaskUploader(ProgenyConnection connection)
{
    public async Task<string> SubmitAsync<TRequest, TResult>(ServiceDefinition<TRequest, TResult> service, TRequest request, CancellationToken cancellationToken)
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
            IApiResponse<TaskCreatedDto> response;
            try
            {
                response = ProgenyErrors.EnsureReceived(await service.SubmitAsync(connection.Api, opened.Content, uploadTimeout.Token).ConfigureAwait(false));
            }
            catch (Exception exception) when (exception is not ProgenyException)
            {
                throw Failure(service.Name, ProgenyErrors.Unwrap(exception), cancellationToken);
            }

            using (response)
            {
                if (!response.IsSuccessStatusCode)
                {
                    var refused = ProgenyErrors.StatusOf(response) is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
                    throw ProgenyErrors.FromStatus(response, $"Could not submit the {service.Name} request",
                        refused ? null : " A task may have been created; the upload is not retried.");
                }

                if (response.Content?.Id is not { Length: > 0 } taskId)
                {
                    throw new ProgenyException($"Progeny accepted the {service.Name} request but its answer held no task id. A task may have been created; the upload is not retried.");
                }

                ProgenyLog.TaskCreated(connection.Logger, service.Name, taskId);
                return taskId;
            }
        }
    }

    private Exception Failure(string service, Exception cause, CancellationToken cancellationToken)
    {
        if (cause is ProgenyException progeny)
        {
            return progeny;
        }

        if (cancellationToken.IsCancellationRequested)
        {
            return new OperationCanceledException("The upload was canceled. A task may have been created.", cause, cancellationToken);
        }

        if (ProgenyErrors.IsConnectFailure(cause))
        {
            return new ProgenyException("Could not connect to Progeny: the request was not sent and no task was created.", cause);
        }

        ProgenyLog.UploadUncertain(connection.Logger, service, cause);
        var what = cause is OperationCanceledException ? "timed out (UploadTimeout)" : "broke off";
        return new ProgenyException(
            $"The {service} upload {what} after it was sent. A task may have been created; the upload is not retried.",
            cause as HttpRequestException);
    }
}

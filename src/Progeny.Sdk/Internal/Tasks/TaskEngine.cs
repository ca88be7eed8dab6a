namespace Progeny.Sdk.Internal;

/// <summary>
/// Runs any service's tasks for one client: submit (prepare and check every image, send the form once), wait (poll until
/// the task ends), and what a finished task means, with a span and metrics per operation. It knows no service: each is
/// a <see cref="ServiceDefinition{TRequest, TResult}"/>.
/// </summary>
internal sealed class TaskEngine(ProgenyConnection connection)
{
    private readonly TaskUploader _uploader = new(connection);
    private readonly TaskPoller _poller = new(connection);

    public async ValueTask<TResult> RunAsync<TRequest, TResult>(ServiceDefinition<TRequest, TResult> service, TRequest request, UploadGuard guard, CancellationToken cancellationToken)
        where TResult : ProgenyResult
    {
        using var operation = Start(ProgenyOperation.Run, service.Name);
        try
        {
            var taskId = await SubmitAsync(service, request, guard, cancellationToken).ConfigureAwait(false);
            operation.SetTaskId(taskId);
            return operation.Succeeded(await FinishAsync(service, taskId, TaskPoller.FirstPollDelay, progress: null, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception exception) when (operation.Failed(exception))
        {
            throw;
        }
    }

    public async ValueTask<string> SubmitAsync<TRequest, TResult>(ServiceDefinition<TRequest, TResult> service, TRequest request, UploadGuard guard, CancellationToken cancellationToken)
        where TResult : ProgenyResult
    {
        using var operation = Start("submit", service.Name);
        try
        {
            var taskId = await _uploader.SubmitAsync(service, request, guard, cancellationToken).ConfigureAwait(false);
            operation.SetTaskId(taskId);
            return operation.Succeeded(taskId);
        }
        catch (Exception exception) when (operation.Failed(exception))
        {
            throw;
        }
    }

    public async Task<TResult> WaitAsync<TRequest, TResult>(ServiceDefinition<TRequest, TResult> service, string taskId, IProgress<ProgenyTaskStatus>? progress, CancellationToken cancellationToken)
        where TResult : ProgenyResult
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        if (!TaskId.IsValid(taskId))
        {
            throw new ArgumentException($"A task id is 1 to {TaskId.MaxLength} letters, digits, '-' or '_', as Progeny issues them.", nameof(taskId));
        }

        using var operation = Start("wait", service.Name);
        operation.SetTaskId(taskId);
        try
        {
            return operation.Succeeded(await FinishAsync(service, taskId, firstDelay: null, progress, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception exception) when (operation.Failed(exception))
        {
            throw;
        }
    }

    private ProgenyOperation Start(string operation, string service)
    {
        connection.ThrowIfDisposed();
        return new ProgenyOperation(operation, service, connection.TimeProvider);
    }

    /// <summary>Waits for the task to end, then reads it: <c>FAILURE</c>, <c>REVOKED</c>, or a <c>SUCCESS</c> without the service's data fail.</summary>
    private async ValueTask<TResult> FinishAsync<TRequest, TResult>(
        ServiceDefinition<TRequest, TResult> service, string taskId, TimeSpan? firstDelay, IProgress<ProgenyTaskStatus>? progress, CancellationToken cancellationToken)
        where TResult : ProgenyResult
    {
        (ProgenyTaskStatus Status, TaskBody Body, object? Parsed) poll;
        // Linked only to a token that can be canceled: otherwise the client's own token ends the wait alone.
        using (var waiting = cancellationToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, connection.Disposed) : null)
        {
            try
            {
                poll = await _poller.WaitAsync(service, taskId, firstDelay, progress, waiting?.Token ?? connection.Disposed).ConfigureAwait(false);
            }
            catch (OperationCanceledException exception) when (connection.Disposed.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new ObjectDisposedException($"The ProgenyClient was disposed while waiting for task {taskId}; the task goes on at Progeny.", exception);
            }
        }

        var (status, body, parsed) = poll;
        using (body)
        {
            ProgenyLog.TaskEnded(connection.Logger, taskId, status.Value);
            if (status.Equals(ProgenyTaskStatus.Success) && service.Read(taskId, parsed) is { } result)
            {
                return result;
            }

            var errorCode = TaskErrorCode.Find(body.Span);
            throw new ProgenyTaskFailedException(
                $"Task {taskId} ({service.Name}) ended as {status.Value} without the service's data{(errorCode is null ? "." : $" (error code {errorCode}).")}",
                taskId,
                status,
                errorCode);
        }
    }
}

namespace Progeny.Sdk.Internal;

/// <summary>
/// A service's public face: the three calls of <see cref="IProgenyService{TRequest, TResult}"/> over the client's task
/// engine. Each call ends as soon as its caller cancels (design §4.6: within 100 ms), while the work it cancelled unwinds
/// behind it; a cancellation after the upload may have reached Progeny says so (<see cref="ProgenyUploadCanceledException"/>).
/// </summary>
internal sealed class ProgenyService<TRequest, TResult>(TaskEngine engine, ServiceDefinition<TRequest, TResult> definition) : IProgenyService<TRequest, TResult>
    where TResult : ProgenyResult
{
    public Task<TResult> RunAsync(TRequest request, CancellationToken cancellationToken = default) =>
        UploadAsync(static (engine, definition, request, guard, cancellationToken) => engine.RunAsync(definition, request, guard, cancellationToken), request, cancellationToken);

    public Task<string> SubmitAsync(TRequest request, CancellationToken cancellationToken = default) =>
        UploadAsync(static (engine, definition, request, guard, cancellationToken) => engine.SubmitAsync(definition, request, guard, cancellationToken), request, cancellationToken);

    public Task<TResult> WaitForAsync(string taskId, IProgress<ProgenyTaskStatus>? progress = null, CancellationToken cancellationToken = default) =>
        engine.WaitAsync(definition, taskId, progress, cancellationToken).WaitObservedAsync(cancellationToken);

    public override string ToString() => $"Progeny {definition.Name}";

    /// <summary>Runs a call that uploads, ending when its caller cancels, and says so when the upload may have been sent.</summary>
    /// <remarks>The call is a static lambda: no closure per call.</remarks>
    private async Task<T> UploadAsync<T>(
        Func<TaskEngine, ServiceDefinition<TRequest, TResult>, TRequest, UploadGuard, CancellationToken, ValueTask<T>> call, TRequest request, CancellationToken cancellationToken)
    {
        var guard = new UploadGuard();
        try
        {
            return await call(engine, definition, request, guard, cancellationToken).WaitObservedAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (CanceledAfterSending(exception, guard, cancellationToken))
        {
            throw Canceled(exception, cancellationToken);
        }
    }

    private static bool CanceledAfterSending(OperationCanceledException exception, UploadGuard guard, CancellationToken cancellationToken) =>
        exception is not ProgenyUploadCanceledException && cancellationToken.IsCancellationRequested && guard.MayHaveBeenSent;

    private ProgenyUploadCanceledException Canceled(OperationCanceledException exception, CancellationToken cancellationToken) =>
        new($"The {definition.Name} call was canceled after its upload may have reached Progeny: a task may have been created.", exception, cancellationToken);
}

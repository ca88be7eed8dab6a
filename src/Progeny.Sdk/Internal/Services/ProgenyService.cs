namespace Progeny.Sdk.Internal;

/// <summary>
/// A service's public face: the three calls of <see cref="IProgenyService{TRequest, TResult}"/> over the client's task
/// engine. Each call ends as soon as its caller cancels (design §4.6: within 100 ms), while the work it cancelled unwinds
/// behind it.
/// </summary>
internal sealed class ProgenyService<TRequest, TResult>(TaskEngine engine, ServiceDefinition<TRequest, TResult> definition) : IProgenyService<TRequest, TResult>
    where TResult : ProgenyResult
{
    public Task<TResult> RunAsync(TRequest request, CancellationToken cancellationToken = default) =>
        engine.RunAsync(definition, request, cancellationToken).WaitAsync(cancellationToken);

    public Task<string> SubmitAsync(TRequest request, CancellationToken cancellationToken = default) =>
        engine.SubmitAsync(definition, request, cancellationToken).WaitAsync(cancellationToken);

    public Task<TResult> WaitForAsync(string taskId, IProgress<ProgenyTaskStatus>? progress = null, CancellationToken cancellationToken = default) =>
        engine.WaitAsync(definition, taskId, progress, cancellationToken).WaitAsync(cancellationToken);

    public override string ToString() => $"Progeny {definition.Name}";
}

using Progeny.Sdk.Internal.Json;

namespace Progeny.Sdk.Internal;

/// <summary>
/// One service, described for the task engine: the form it sends for a request, its declared endpoint, and how a
/// finished task's body becomes its result. Stateless: one instance serves every client.
/// </summary>
/// <typeparam name="TRequest">The service's request.</typeparam>
/// <typeparam name="TResult">The service's result.</typeparam>
internal abstract class ServiceDefinition<TRequest, TResult> : ServiceDefinition
    where TResult : ProgenyResult
{
    /// <summary>Adds the request's fields to the form, in wire order.</summary>
    /// <exception cref="ArgumentException">A value of the request is not valid; nothing is sent.</exception>
    public abstract void Describe(TRequest request, ServiceForm form);

    /// <summary>Sends the form to the service's endpoint, marked as a paid upload with its guard.</summary>
    public abstract Task<HttpResponseMessage> SubmitAsync(IProgenyApi api, HttpContent form, UploadGuard guard, CancellationToken cancellationToken);

    /// <summary>
    /// Reads the result of a task that ended as <c>SUCCESS</c> from what <see cref="ServiceDefinition.TryReadStatus"/>
    /// deserialized of its body: its result, or <see langword="null"/> when the task failed.
    /// </summary>
    public abstract TResult? Read(string taskId, object? parsed);
}

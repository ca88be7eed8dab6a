using System.Collections.Concurrent;

namespace Progeny.Sdk.Tests.TestSupport;

/// <summary>A user's handler added to the SDK's <see cref="IHttpClientBuilder"/>: records every request it sees, with the fake time it was sent at.</summary>
internal sealed class RecordingHandler(TimeProvider timeProvider) : DelegatingHandler
{
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(new RecordedRequest(request.Method, request.RequestUri!.AbsolutePath, request.Headers.Authorization?.Scheme, timeProvider.GetUtcNow()));
        return base.SendAsync(request, cancellationToken);
    }
}

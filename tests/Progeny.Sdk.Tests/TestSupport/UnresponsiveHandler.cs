using System.Net;
using System.Text;

namespace Progeny.Sdk.Tests.TestSupport;

/// <summary>
/// A transport that answers the login, then holds every other request, deaf to cancellation, until
/// <see cref="Release"/>: a stuck network stack.
/// </summary>
internal sealed class UnresponsiveHandler : HttpMessageHandler
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the first request after the login arrives.</summary>
    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Lets the held requests fail.</summary>
    public void Release() => _released.TrySetResult();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri!.AbsolutePath.EndsWith("/token/obtain/", StringComparison.Ordinal))
        {
            var tokens = ProgenySamples.TokenPair(Jwt.LongLived(), Jwt.LongLived("refresh"));
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(tokens, Encoding.UTF8, "application/json") };
        }

        Entered.TrySetResult();
        await _released.Task;
        throw new HttpRequestException("The unresponsive transport was released.");
    }
}

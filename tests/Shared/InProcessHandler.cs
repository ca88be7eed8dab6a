namespace Progeny.Sdk.TestShared;

/// <summary>An in-process transport: answers each request with a function, no socket.</summary>
internal sealed class InProcessHandler(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var response = answer(request);
        response.RequestMessage = request;
        return Task.FromResult(response);
    }
}

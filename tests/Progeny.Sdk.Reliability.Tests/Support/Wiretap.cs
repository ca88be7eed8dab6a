using System.Collections.Concurrent;
using System.Text.Json;

namespace Progeny.Sdk.Reliability.Tests.Support;

/// <summary>
/// Sits at the transport, below every SDK handler and every log, and collects each token that crossed the wire (bearer
/// headers sent, token pairs received), so that a test can search for them where they must not appear.
/// </summary>
internal sealed class Wiretap(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    public ConcurrentDictionary<string, byte> Tokens { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization?.Parameter is { } bearer)
        {
            Tokens.TryAdd(bearer, 0);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (request.RequestUri!.AbsolutePath.Contains("/accounts/token/", StringComparison.Ordinal) && response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            using (var document = JsonDocument.Parse(body))
            {
                foreach (var name in new[] { "access", "refresh" })
                {
                    if (document.RootElement.TryGetProperty(name, out var token) && token.GetString() is { } text)
                    {
                        Tokens.TryAdd(text, 0);
                    }
                }
            }

            var replaced = new ByteArrayContent(body);
            foreach (var header in response.Content.Headers)
            {
                replaced.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content = replaced;
        }

        return response;
    }
}

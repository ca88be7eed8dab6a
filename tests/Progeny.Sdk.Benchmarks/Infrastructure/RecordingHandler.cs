using System.Text;

namespace Progeny.Sdk.Benchmarks.Infrastructure;

/// <summary>
/// Records every request it passes on, for comparing two clients on the wire: method, address, authorization, content
/// type and body, byte for byte, with the multipart boundary (random per request) masked. Not for timing: it buffers bodies.
/// </summary>
internal sealed class RecordingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private readonly List<RecordedExchange> _requests = [];

    /// <summary>Returns the requests recorded since the last call, and forgets them.</summary>
    public IReadOnlyList<RecordedExchange> Take()
    {
        lock (_requests)
        {
            var taken = _requests.ToArray();
            _requests.Clear();
            return taken;
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var contentType = request.Content?.Headers.ContentType;
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var boundary = contentType?.Parameters.FirstOrDefault(p => p.Name == "boundary")?.Value?.Trim('"');

        // Latin-1 maps every byte to one char and back: the body compares exactly.
        var text = Encoding.Latin1.GetString(body);
        var type = contentType?.ToString();
        if (boundary is { Length: > 0 })
        {
            text = text.Replace(boundary, "BOUNDARY", StringComparison.Ordinal);
            type = type!.Replace(boundary, "BOUNDARY", StringComparison.Ordinal);
        }

        lock (_requests)
        {
            _requests.Add(new RecordedExchange(request.Method.Method, request.RequestUri!.AbsoluteUri, request.Headers.Authorization?.ToString(), type, text));
        }

        return await base.SendAsync(request, cancellationToken);
    }
}

/// <summary>One request as <see cref="RecordingHandler"/> saw it; <see cref="Body"/> holds one char per byte.</summary>
internal sealed record RecordedExchange(string Method, string Address, string? Authorization, string? ContentType, string Body)
{
    /// <summary>What the request was, without its body or credentials: for a report.</summary>
    public string Summary => $"{Method} {Address} ({ContentType ?? "no body"}, {Body.Length} bytes)";
}

using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Progeny.Sdk.Testing.Internal;

/// <summary>An answer computed by an endpoint, written only after the faults have had their say.</summary>
internal sealed class FakeResponse
{
    private const string JsonType = "application/json";

    private FakeResponse(int statusCode, byte[] body, string? contentType, FakeAnswerer answerer)
    {
        StatusCode = statusCode;
        Body = body;
        ContentType = contentType;
        Answerer = answerer;
    }

    public int StatusCode { get; }

    public byte[] Body { get; }

    public string? ContentType { get; }

    /// <summary>Who writes it: decides the headers it carries besides <see cref="Headers"/>.</summary>
    public FakeAnswerer Answerer { get; }

    public List<KeyValuePair<string, string>> Headers { get; } = [];

    /// <summary>A Django REST Framework view's JSON answer.</summary>
    public static FakeResponse Json(int statusCode, byte[] body) => new(statusCode, body, JsonType, FakeAnswerer.View);

    /// <summary>One of Django's own HTML answers (404 page, 500 page, APPEND_SLASH redirect).</summary>
    public static FakeResponse Html(int statusCode, string html) => new(statusCode, Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", FakeAnswerer.Django);

    /// <summary>One of nginx's default error pages.</summary>
    public static FakeResponse Nginx(int statusCode, string html) => new(statusCode, Encoding.UTF8.GetBytes(html), "text/html", FakeAnswerer.Nginx);

    /// <summary>A fault's answer: a body given by a test (JSON when it looks like JSON, else HTML), or a named fault's page.</summary>
    public static FakeResponse Fault(int statusCode, string? body, FakeAnswerer answerer)
    {
        if (answerer == FakeAnswerer.Nginx)
        {
            return Nginx(statusCode, body ?? string.Empty);
        }

        if (answerer == FakeAnswerer.Django)
        {
            return Html(statusCode, body ?? string.Empty);
        }

        if (string.IsNullOrEmpty(body))
        {
            return new(statusCode, [], null, FakeAnswerer.Test);
        }

        var trimmed = body.TrimStart();
        return trimmed.StartsWith('{') || trimmed.StartsWith('[')
            ? new(statusCode, Encoding.UTF8.GetBytes(body), JsonType, FakeAnswerer.Test)
            : new(statusCode, Encoding.UTF8.GetBytes(body), "text/html; charset=utf-8", FakeAnswerer.Test);
    }

    public FakeResponse WithHeader(string name, string value)
    {
        Headers.Add(new(name, value));
        return this;
    }

    /// <summary>Writes the answer with <paramref name="body"/> (the real one, or what a fault left of it).</summary>
    /// <param name="response">The response to write.</param>
    /// <param name="body">The body.</param>
    /// <param name="allow">The view's allowed methods, sent as <c>Allow</c> by a view's answer.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task WriteAsync(HttpResponse response, ReadOnlyMemory<byte> body, string? allow, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCode;
        if (Answerer == FakeAnswerer.View)
        {
            // Django REST Framework's finalize_response.
            response.Headers[HeaderNames.Vary] = "Accept";
            if (allow is not null)
            {
                response.Headers[HeaderNames.Allow] = allow;
            }
        }

        if (Answerer is FakeAnswerer.View or FakeAnswerer.Django)
        {
            // Django's SecurityMiddleware and XFrameOptionsMiddleware, with their defaults.
            response.Headers[HeaderNames.XFrameOptions] = "DENY";
            response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
            response.Headers["Referrer-Policy"] = "same-origin";
        }

        foreach (var (name, value) in Headers)
        {
            response.Headers.Append(name, value);
        }

        if (ContentType is not null)
        {
            response.ContentType = ContentType;
        }

        response.ContentLength = body.Length;
        if (body.Length > 0)
        {
            await response.Body.WriteAsync(body, cancellationToken).ConfigureAwait(false);
        }
    }
}

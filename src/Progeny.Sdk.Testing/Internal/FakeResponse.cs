using System.Text;
using Microsoft.AspNetCore.Http;

namespace Progeny.Sdk.Testing.Internal;

/// <summary>An answer computed by an endpoint, written only after the faults have had their say.</summary>
internal sealed class FakeResponse
{
    private const string JsonType = "application/json";

    private FakeResponse(int statusCode, byte[] body, string? contentType)
    {
        StatusCode = statusCode;
        Body = body;
        ContentType = contentType;
    }

    public int StatusCode { get; }

    public byte[] Body { get; }

    public string? ContentType { get; }

    public List<KeyValuePair<string, string>> Headers { get; } = [];

    public static FakeResponse Json(int statusCode, byte[] body) => new(statusCode, body, JsonType);

    public static FakeResponse Html(int statusCode, string html) => new(statusCode, Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8");

    public static FakeResponse Empty(int statusCode) => new(statusCode, [], null);

    /// <summary>A body given by a test: JSON when it looks like JSON, else HTML.</summary>
    public static FakeResponse Raw(int statusCode, string? body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return Empty(statusCode);
        }

        var trimmed = body.TrimStart();
        return trimmed.StartsWith('{') || trimmed.StartsWith('[')
            ? new FakeResponse(statusCode, Encoding.UTF8.GetBytes(body), JsonType)
            : Html(statusCode, body);
    }

    public FakeResponse WithHeader(string name, string value)
    {
        Headers.Add(new(name, value));
        return this;
    }

    public async Task WriteAsync(HttpResponse response, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCode;
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

using System.Globalization;
using Progeny.Sdk.Testing.WireMock.Internal;

namespace Progeny.Sdk.Testing.WireMock;

/// <summary>
/// A failure answer that <see cref="ProgenyStubs.WithFault"/> puts in front of an endpoint for a number of requests, before
/// authentication (as a gateway or the framework answers). Gateway and application failures are HTML, as nginx and Django send them.
/// </summary>
public sealed record StubFault
{
    private const string Html = "text/html";

    /// <summary>Gets the HTTP status code.</summary>
    public required int StatusCode { get; init; }

    /// <summary>Gets the body; <see langword="null"/> for the endpoint's documented 400 body (what <see cref="BadRequest"/> leaves it as).</summary>
    public string? Body { get; init; }

    /// <summary>Gets the <c>Content-Type</c> of the body.</summary>
    /// <value>Defaults to <c>application/json</c>.</value>
    public string ContentType { get; init; } = StubResponses.Json;

    /// <summary>Gets the <c>Retry-After</c> header value (seconds, or an HTTP date), or <see langword="null"/> for none.</summary>
    public string? RetryAfter { get; init; }

    /// <summary>nginx's 503 page, with <c>Retry-After</c> in whole seconds when <paramref name="retryAfter"/> is given.</summary>
    /// <param name="retryAfter">The delay the server asks for, or <see langword="null"/> for no header.</param>
    /// <returns>The fault.</returns>
    public static StubFault ServiceUnavailable(TimeSpan? retryAfter = null) => new()
    {
        StatusCode = 503,
        ContentType = Html,
        Body = NginxPage("503 Service Temporarily Unavailable"),
        RetryAfter = retryAfter is { } delay ? ((long)Math.Ceiling(delay.TotalSeconds)).ToString(CultureInfo.InvariantCulture) : null,
    };

    /// <summary>nginx's 502 page, as while the application server is down.</summary>
    /// <returns>The fault.</returns>
    public static StubFault BadGateway() => new() { StatusCode = 502, ContentType = Html, Body = NginxPage("502 Bad Gateway") };

    /// <summary>Django's 500 page, as when the broker or the result store is down.</summary>
    /// <returns>The fault.</returns>
    public static StubFault InternalServerError() => new()
    {
        StatusCode = 500,
        ContentType = Html,
        Body = "\n<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Server Error (500)</title>\n</head>\n<body>\n  <h1>Server Error (500)</h1><p></p>\n</body>\n</html>\n",
    };

    /// <summary>
    /// A 400 with field errors: by default the endpoint's documented 400 body, verbatim (for ocr_passport it lists
    /// <c>selfie_image</c>, <c>passport_image</c> and <c>extend_data</c>), or one built from <paramref name="errors"/>.
    /// </summary>
    /// <param name="errors">Field name → message, e.g. <c>("passport_image", "No file was submitted.")</c>; none for the documented body.</param>
    /// <returns>The fault.</returns>
    public static StubFault BadRequest(params (string Field, string Message)[] errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return new StubFault
        {
            StatusCode = 400,
            Body = errors.Length == 0 ? null : StubJson.FieldErrors(errors.Select(error => KeyValuePair.Create(error.Field, error.Message))),
        };
    }

    /// <summary>Any status with an optional JSON body and <c>Retry-After</c>.</summary>
    /// <param name="statusCode">The status code, e.g. 429.</param>
    /// <param name="jsonBody">The JSON body, or <see langword="null"/> for an empty one.</param>
    /// <param name="retryAfter">The delay the server asks for, or <see langword="null"/> for no header.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentException"><paramref name="jsonBody"/> is not one valid JSON value.</exception>
    public static StubFault Status(int statusCode, string? jsonBody = null, TimeSpan? retryAfter = null) => new()
    {
        StatusCode = statusCode,
        Body = StubJson.Validated(jsonBody, "The body") ?? string.Empty,
        RetryAfter = retryAfter is { } delay ? ((long)Math.Ceiling(delay.TotalSeconds)).ToString(CultureInfo.InvariantCulture) : null,
    };

    private static string NginxPage(string title) =>
        $"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n<center><h1>{title}</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n";
}

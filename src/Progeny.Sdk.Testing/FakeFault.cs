using System.Globalization;
using Progeny.Sdk.Testing.Internal;

namespace Progeny.Sdk.Testing;

/// <summary>
/// A fault that <see cref="ProgenyFakeServer.InjectFault(FakeFault, FakeEndpoint?, int)"/> applies to the next requests of an endpoint.
/// </summary>
public sealed class FakeFault
{
    private readonly string? _name;

    private FakeFault(FakeFaultKind kind, int statusCode, string? body, string? retryAfter, TimeSpan latency, string? name = null, FakeAnswerer answerer = FakeAnswerer.Test)
    {
        Kind = kind;
        StatusCode = statusCode;
        Body = body;
        RetryAfter = retryAfter;
        Latency = latency;
        _name = name;
        Answerer = answerer;
    }

    /// <summary>Gets the status code answered by <see cref="Status(int, string?, TimeSpan?)"/> or <see cref="MalformedBody"/>.</summary>
    public int StatusCode { get; }

    /// <summary>Gets the body answered by <see cref="Status(int, string?, TimeSpan?)"/> or <see cref="MalformedBody"/>, if any.</summary>
    public string? Body { get; }

    /// <summary>Gets the <c>Retry-After</c> header value answered with a status, if any.</summary>
    public string? RetryAfter { get; }

    /// <summary>Gets how long the server waits (on its <see cref="ProgenyFakeServerOptions.TimeProvider"/>) before anything else.</summary>
    public TimeSpan Latency { get; }

    internal FakeFaultKind Kind { get; }

    /// <summary>Which layer of the stack writes the answer, and so which headers it carries.</summary>
    internal FakeAnswerer Answerer { get; }

    /// <summary>Answers <paramref name="statusCode"/> instead of the endpoint: the request is recorded but not processed (no token, no task, no progress).</summary>
    /// <param name="statusCode">The status code, e.g. 503.</param>
    /// <param name="body">The body (sent as <c>application/json</c> when it starts with <c>{</c> or <c>[</c>, else <c>text/html</c>), or none.</param>
    /// <param name="retryAfter">The <c>Retry-After</c> delay, sent in whole seconds (rounded up), or none.</param>
    /// <returns>The fault.</returns>
    public static FakeFault Status(int statusCode, string? body = null, TimeSpan? retryAfter = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        var header = retryAfter is { } delay
            ? ((long)Math.Ceiling(Math.Max(0, delay.TotalSeconds))).ToString(CultureInfo.InvariantCulture)
            : null;
        return new FakeFault(FakeFaultKind.Status, statusCode, body, header, TimeSpan.Zero);
    }

    /// <summary>Returns a copy of this fault that sends <paramref name="retryAfterHeader"/> verbatim as <c>Retry-After</c> (even an invalid value).</summary>
    /// <param name="retryAfterHeader">The header value, or <see langword="null"/> for none.</param>
    /// <returns>The new fault.</returns>
    public FakeFault WithRetryAfter(string? retryAfterHeader) => new(Kind, StatusCode, Body, retryAfterHeader, Latency, _name, Answerer);

    /// <summary>Returns a copy of this fault that sends <paramref name="retryAfterDate"/> as a <c>Retry-After</c> HTTP date.</summary>
    /// <param name="retryAfterDate">The date, sent as e.g. <c>Wed, 21 Oct 2015 07:28:00 GMT</c>.</param>
    /// <returns>The new fault.</returns>
    public FakeFault WithRetryAfter(DateTimeOffset retryAfterDate) =>
        WithRetryAfter(retryAfterDate.UtcDateTime.ToString("r", CultureInfo.InvariantCulture));

    /// <summary>
    /// nginx's HTML <c>502 Bad Gateway</c> page, as while the application server is down: the request is recorded but not
    /// processed (no token, no task).
    /// </summary>
    /// <returns>The fault.</returns>
    public static FakeFault BadGateway() =>
        new(FakeFaultKind.Status, 502, FakePages.Nginx(502, "Bad Gateway"), null, TimeSpan.Zero, nameof(BadGateway), FakeAnswerer.Nginx);

    /// <summary>
    /// nginx's HTML <c>504 Gateway Time-out</c> page, as when the application server stalled past nginx's timeout: the
    /// request is processed (an upload creates its task) and the answer is lost.
    /// </summary>
    /// <returns>The fault.</returns>
    public static FakeFault GatewayTimeout() =>
        new(FakeFaultKind.ReplaceAfter, 504, FakePages.Nginx(504, "Gateway Time-out"), null, TimeSpan.Zero, nameof(GatewayTimeout), FakeAnswerer.Nginx);

    /// <summary>
    /// Django's HTML <c>Server Error (500)</c> page, as when the broker or the result store is down: the request is
    /// recorded but not processed (no task).
    /// </summary>
    /// <returns>The fault.</returns>
    public static FakeFault ServerError() =>
        new(FakeFaultKind.Status, 500, FakePages.DjangoServerError, null, TimeSpan.Zero, nameof(ServerError), FakeAnswerer.Django);

    /// <summary>Waits <paramref name="delay"/>, then answers normally.</summary>
    /// <param name="delay">The delay, on the server's <see cref="ProgenyFakeServerOptions.TimeProvider"/>.</param>
    /// <returns>The fault.</returns>
    public static FakeFault Delay(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        return new FakeFault(FakeFaultKind.None, 0, null, null, delay);
    }

    /// <summary>Aborts the connection as soon as the request arrives, before it is processed: the client sees a reset.</summary>
    /// <returns>The fault.</returns>
    public static FakeFault DropConnection() => new(FakeFaultKind.DropBefore, 0, null, null, TimeSpan.Zero);

    /// <summary>Processes the request (a login issues tokens, an upload creates a task), then aborts the connection without answering.</summary>
    /// <returns>The fault.</returns>
    public static FakeFault DropConnectionAfterProcessing() => new(FakeFaultKind.DropAfter, 0, null, null, TimeSpan.Zero);

    /// <summary>Processes the request, then answers its real status with the first half of its real body: well-framed, truncated JSON.</summary>
    /// <returns>The fault.</returns>
    public static FakeFault TruncatedBody() => new(FakeFaultKind.Truncate, 0, null, null, TimeSpan.Zero);

    /// <summary>Processes the request, then answers <paramref name="body"/> as <c>application/json</c> instead of the real body.</summary>
    /// <param name="body">The body, e.g. <c>{"id": </c> or <c>&lt;html&gt;</c>.</param>
    /// <param name="statusCode">The status code.</param>
    /// <returns>The fault.</returns>
    public static FakeFault MalformedBody(string body = "{\"id\": ", int statusCode = 200)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new FakeFault(FakeFaultKind.Malformed, statusCode, body, null, TimeSpan.Zero);
    }

    /// <summary>Returns a copy of this fault that first waits <paramref name="delay"/>.</summary>
    /// <param name="delay">The delay, on the server's <see cref="ProgenyFakeServerOptions.TimeProvider"/>.</param>
    /// <returns>The new fault.</returns>
    public FakeFault After(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        return new FakeFault(Kind, StatusCode, Body, RetryAfter, delay, _name, Answerer);
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        var what = _name ?? Kind switch
        {
            FakeFaultKind.Status => string.Create(CultureInfo.InvariantCulture, $"Status {StatusCode}"),
            FakeFaultKind.DropBefore => "DropConnection",
            FakeFaultKind.DropAfter => "DropConnectionAfterProcessing",
            FakeFaultKind.Truncate => "TruncatedBody",
            FakeFaultKind.Malformed => "MalformedBody",
            _ => "Delay",
        };
        return Latency > TimeSpan.Zero ? string.Create(CultureInfo.InvariantCulture, $"{what} after {Latency}") : what;
    }
}

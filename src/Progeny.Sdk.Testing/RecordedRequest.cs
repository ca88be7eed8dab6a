namespace Progeny.Sdk.Testing;

/// <summary>A request that reached one of the fake server's endpoints, recorded as it arrived.</summary>
public sealed class RecordedRequest
{
    private int _statusCode;

    internal RecordedRequest(FakeEndpoint endpoint, string method, string pathAndQuery, string? authorizationScheme, bool hasAuthorization, DateTimeOffset receivedAt, FakeFault? fault)
    {
        Endpoint = endpoint;
        Method = method;
        PathAndQuery = pathAndQuery;
        AuthorizationScheme = authorizationScheme;
        HasAuthorization = hasAuthorization;
        ReceivedAt = receivedAt;
        Fault = fault;
    }

    /// <summary>Gets the endpoint.</summary>
    public FakeEndpoint Endpoint { get; }

    /// <summary>Gets the HTTP method.</summary>
    public string Method { get; }

    /// <summary>Gets the path and query string, e.g. <c>/api/v3/services/task/?id=...</c>.</summary>
    public string PathAndQuery { get; }

    /// <summary>Gets a value indicating whether the request had an <c>Authorization</c> header.</summary>
    public bool HasAuthorization { get; }

    /// <summary>Gets the scheme of the <c>Authorization</c> header (e.g. <c>Bearer</c>), never the credentials.</summary>
    public string? AuthorizationScheme { get; }

    /// <summary>Gets when the request arrived, by the server's clock.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>Gets the fault applied to this request, if any.</summary>
    public FakeFault? Fault { get; }

    /// <summary>Gets the status code answered, or <see langword="null"/> while in progress or when the connection was dropped.</summary>
    public int? StatusCode
    {
        get
        {
            var code = Volatile.Read(ref _statusCode);
            return code == 0 ? null : code;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Method} {PathAndQuery} -> {StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}";

    internal void Answered(int statusCode) => Volatile.Write(ref _statusCode, statusCode);
}

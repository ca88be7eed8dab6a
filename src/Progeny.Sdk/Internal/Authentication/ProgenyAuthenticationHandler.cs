using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace Progeny.Sdk.Internal;

/// <summary>
/// Puts <c>Authorization: Bearer</c> on every API request (the token endpoints have their own client without it). After a 401 it renews
/// the token once and resends the same request once, byte for byte; a second 401 is returned as it is.
/// </summary>
internal sealed class ProgenyAuthenticationHandler : DelegatingHandler
{
    private readonly ProgenyTokenManager _tokens;
    private readonly ILogger _logger;
    private AuthenticationHeaderValue? _authorization;

    public ProgenyAuthenticationHandler(ProgenyTokenManager tokens, ILogger logger)
    {
        _tokens = tokens;
        _logger = logger;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(ProgenyHttp.WithoutToken, out var withoutToken) && withoutToken)
        {
            request.Headers.Authorization = null;
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var token = await _tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = Authorization(token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        ProgenyLog.Unauthorized(_logger, request.Method, request.RequestUri?.AbsolutePath);
        response.Dispose();
        if (request.Options.TryGetValue(ProgenyHttp.Upload, out var upload))
        {
            // A 401 proves the upload was not processed: if the renewal fails, no task exists.
            upload.NotSent();
        }

        var renewed = await _tokens.RenewAsync(token, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = Authorization(renewed);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The header of <paramref name="token"/>: built once per token, then shared by the requests that carry it (it is immutable).</summary>
    private AuthenticationHeaderValue Authorization(string token)
    {
        var header = _authorization;
        if (header is null || !ReferenceEquals(header.Parameter, token))
        {
            header = new AuthenticationHeaderValue("Bearer", token);
            _authorization = header;
        }

        return header;
    }
}

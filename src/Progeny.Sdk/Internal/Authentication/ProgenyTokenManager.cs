using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Logging;
using Refit;

namespace Progeny.Sdk.Internal;

/// <summary>
/// Holds the current tokens of one client and renews them: one renewal at a time for any number of callers,
/// refresh first, a fresh login when the refresh token is refused, never a loop.
/// </summary>
/// <remarks>Shared by every <see cref="ProgenyAuthenticationHandler"/> of a client, which the HTTP client factory recreates at will.</remarks>
internal sealed class ProgenyTokenManager
{
    private readonly Lazy<IProgenyTokenApi> _api;
    private readonly ProgenyClientOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly object _gate = new();
    private AccessTokens? _tokens;
    private Task<AccessTokens>? _renewal;

    /// <param name="api">Creates the token endpoints' client on first use: it runs through the handlers that use this manager.</param>
    /// <param name="options">The credentials and the request timeout.</param>
    /// <param name="timeProvider">The clock of token expiry.</param>
    /// <param name="logger">The client's logger.</param>
    public ProgenyTokenManager(Func<IProgenyTokenApi> api, ProgenyClientOptions options, TimeProvider timeProvider, ILogger logger)
    {
        _api = new Lazy<IProgenyTokenApi>(api);
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Returns a fresh access token, logging in or renewing first when needed.</summary>
    public ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var tokens = Volatile.Read(ref _tokens);
        return tokens is not null && tokens.IsFresh(_timeProvider.GetUtcNow())
            ? new ValueTask<string>(tokens.Access)
            : new ValueTask<string>(RenewAsync(tokens?.Access, cancellationToken));
    }

    /// <summary>
    /// Renews the tokens after <paramref name="rejectedAccess"/> was refused or went stale, unless another caller
    /// already did: concurrent callers share one renewal.
    /// </summary>
    public async Task<string> RenewAsync(string? rejectedAccess, CancellationToken cancellationToken)
    {
        Task<AccessTokens> renewal;
        lock (_gate)
        {
            if (_tokens is { } current && current.Access != rejectedAccess && current.IsFresh(_timeProvider.GetUtcNow()))
            {
                return current.Access;
            }

            renewal = _renewal ??= RenewCoreAsync();
        }

        var renewed = await renewal.WaitObservedAsync(cancellationToken).ConfigureAwait(false);
        return renewed.Access;
    }

    private async Task<AccessTokens> RenewCoreAsync()
    {
        // Leave the lock before any work, so that _renewal is set before this task can complete. The renewal
        // is shared, so no single caller's token cancels it; RequestTimeout bounds each request instead.
        await Task.Yield();
        using var activity = ProgenyTelemetry.ActivitySource.StartActivity("Progeny token renewal");
        try
        {
            var tokens = await (_tokens is { } stale && stale.CanRefresh(_timeProvider.GetUtcNow())
                ? RefreshOrLoginAsync(stale.Refresh!)
                : LoginAsync()).ConfigureAwait(false);
            Volatile.Write(ref _tokens, tokens);
            return tokens;
        }
        catch (Exception exception)
        {
            ProgenyTelemetry.SetError(activity, exception);
            throw;
        }
        finally
        {
            lock (_gate)
            {
                _renewal = null;
            }
        }
    }

    private async Task<AccessTokens> RefreshOrLoginAsync(string refresh)
    {
        ProgenyLog.RefreshingToken(_logger);
        Renewed("refresh");
        using var timeout = new CancellationTokenSource(_options.RequestTimeout, _timeProvider);
        var response = await Send(() => _api.Value.RefreshTokenAsync(refresh, withoutToken: true, timeout.Token), "refresh the access token").ConfigureAwait(false);
        if (ProgenyErrors.StatusOf(response) is HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest or HttpStatusCode.Forbidden)
        {
            ProgenyLog.RefreshRefused(_logger, ProgenyErrors.StatusOf(response));
            return await LoginAsync().ConfigureAwait(false);
        }

        return Read(response, "refresh the access token", keepRefresh: refresh);
    }

    private async Task<AccessTokens> LoginAsync()
    {
        ProgenyLog.LoggingIn(_logger);
        Renewed("login");
        using var timeout = new CancellationTokenSource(_options.RequestTimeout, _timeProvider);
        var response = await Send(() => _api.Value.ObtainTokenAsync(_options.Username!, _options.Password!, withoutToken: true, timeout.Token), "log in").ConfigureAwait(false);
        if (ProgenyErrors.StatusOf(response) is HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest or HttpStatusCode.Forbidden)
        {
            ProgenyLog.CredentialsRefused(_logger, ProgenyErrors.StatusOf(response));
            throw new ProgenyAuthenticationException(
                "Progeny refused the credentials (Username/Password); the login was tried once.",
                ProgenyErrors.StatusOf(response),
                ProgenyErrors.Excerpt(response, _options.Username, _options.Password));
        }

        return Read(response, "log in", keepRefresh: null);
    }

    private static void Renewed(string kind)
    {
        Activity.Current?.SetTag(ProgenyTelemetry.RenewalTag, kind);
        ProgenyTelemetry.TokenRenewals.Add(1, new KeyValuePair<string, object?>(ProgenyTelemetry.RenewalTag, kind));
    }

    private static async Task<IApiResponse<Json.TokenPairDto>> Send(Func<Task<IApiResponse<Json.TokenPairDto>>> request, string what)
    {
        try
        {
            var response = await request().ConfigureAwait(false);
            return ProgenyErrors.EnsureReceived(response);
        }
        catch (Exception exception) when (exception is not ProgenyException)
        {
            var cause = ProgenyErrors.Unwrap(exception);
            throw new ProgenyException($"Could not {what}: Progeny could not be reached or did not answer in time.", cause as HttpRequestException);
        }
    }

    private AccessTokens Read(IApiResponse<Json.TokenPairDto> response, string what, string? keepRefresh)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw ProgenyErrors.FromStatus(response, $"Could not {what}", consequence: null, _options.Username, _options.Password);
        }

        if (response.Content?.Access is not { Length: > 0 } access)
        {
            throw new ProgenyException($"Could not {what}: the token response was malformed.");
        }

        return AccessTokens.Create(access, response.Content.Refresh ?? keepRefresh, _timeProvider.GetUtcNow());
    }
}

using Progeny.Sdk.Internal.Json;
using Refit;

namespace Progeny.Sdk.Internal;

/// <summary>
/// The token endpoints. Each request is marked <see cref="ProgenyHttp.WithoutToken"/> explicitly, so that the
/// authentication handler passes it through untouched; request bodies are multipart, as documented.
/// </summary>
internal interface IProgenyTokenApi
{
    [Multipart]
    [Post("/accounts/token/obtain/")]
    Task<IApiResponse<TokenPairDto>> ObtainTokenAsync(
        [AliasAs("username")] string username,
        [AliasAs("password")] string password,
        [Property(ProgenyHttp.WithoutTokenKey)] bool withoutToken,
        CancellationToken cancellationToken);

    [Multipart]
    [Post("/accounts/token/refresh/")]
    Task<IApiResponse<TokenPairDto>> RefreshTokenAsync(
        [AliasAs("refresh")] string refresh,
        [Property(ProgenyHttp.WithoutTokenKey)] bool withoutToken,
        CancellationToken cancellationToken);
}

using Progeny.Sdk.Internal.Json;
using Refit;

namespace Progeny.Sdk.Internal;

/// <summary>The Progeny API v3 endpoints the SDK uses, one method each. Every request body is multipart, as documented.</summary>
internal interface IProgenyApi
{
    [Multipart]
    [Post("/accounts/token/obtain/")]
    Task<IApiResponse<TokenPairDto>> ObtainTokenAsync(
        [AliasAs("username")] string username,
        [AliasAs("password")] string password,
        CancellationToken cancellationToken);

    [Multipart]
    [Post("/accounts/token/refresh/")]
    Task<IApiResponse<TokenPairDto>> RefreshTokenAsync(
        [AliasAs("refresh")] string refresh,
        CancellationToken cancellationToken);

    [Multipart]
    [Post("/services/ocr_passport/")]
    Task<IApiResponse<TaskCreatedDto>> SubmitOcrPassportAsync(
        [AliasAs("passport_image")] StreamPart passportImage,
        [AliasAs("extend_data")] string extendData,
        CancellationToken cancellationToken);

    [Get("/services/task/")]
    Task<IApiResponse<TaskResponseDto>> GetTaskAsync(
        [AliasAs("id")] string id,
        CancellationToken cancellationToken);
}

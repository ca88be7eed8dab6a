using Progeny.Sdk.Internal.Json;
using Refit;

namespace Progeny.Sdk.Internal;

/// <summary>
/// The Progeny API v3 service endpoints, one method each, sent with the access token. Each service's multipart form is
/// built by the task engine (<see cref="ServiceForm"/>) and passed through untouched.
/// </summary>
internal interface IProgenyApi
{
    [Post("/services/ocr_passport/")]
    Task<IApiResponse<TaskCreatedDto>> SubmitOcrPassportAsync([Body] HttpContent form, [Property(ProgenyHttp.UploadKey)] UploadGuard guard, CancellationToken cancellationToken);

    [Post("/services/ocr_card/")]
    Task<IApiResponse<TaskCreatedDto>> SubmitOcrCardAsync([Body] HttpContent form, [Property(ProgenyHttp.UploadKey)] UploadGuard guard, CancellationToken cancellationToken);

    [Post("/services/kyc_passport/")]
    Task<IApiResponse<TaskCreatedDto>> SubmitKycPassportAsync([Body] HttpContent form, [Property(ProgenyHttp.UploadKey)] UploadGuard guard, CancellationToken cancellationToken);

    [Post("/services/kyc_card/")]
    Task<IApiResponse<TaskCreatedDto>> SubmitKycCardAsync([Body] HttpContent form, [Property(ProgenyHttp.UploadKey)] UploadGuard guard, CancellationToken cancellationToken);

    [Post("/services/face_liveness/")]
    Task<IApiResponse<TaskCreatedDto>> SubmitFaceLivenessAsync([Body] HttpContent form, [Property(ProgenyHttp.UploadKey)] UploadGuard guard, CancellationToken cancellationToken);

    [Post("/services/register_face/")]
    Task<IApiResponse<TaskCreatedDto>> SubmitRegisterFaceAsync([Body] HttpContent form, [Property(ProgenyHttp.UploadKey)] UploadGuard guard, CancellationToken cancellationToken);

    [Post("/services/authenticate_face/")]
    Task<IApiResponse<TaskCreatedDto>> SubmitAuthenticateFaceAsync([Body] HttpContent form, [Property(ProgenyHttp.UploadKey)] UploadGuard guard, CancellationToken cancellationToken);

    [Post("/services/background_check/")]
    Task<IApiResponse<TaskCreatedDto>> SubmitBackgroundCheckAsync([Body] HttpContent form, [Property(ProgenyHttp.UploadKey)] UploadGuard guard, CancellationToken cancellationToken);

    /// <summary>A task's status; its body is read by the engine, which parses only what the poll needs.</summary>
    [Get("/services/task/")]
    Task<HttpResponseMessage> GetTaskAsync([AliasAs("id")] string id, CancellationToken cancellationToken);
}

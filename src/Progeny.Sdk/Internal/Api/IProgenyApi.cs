using Refit;

namespace Progeny.Sdk.Internal;

/// <summary>
/// The Progeny API v3 service endpoints, one method each, sent with the access token. Each service's multipart form is
/// built by the task engine (<see cref="ServiceForm"/>) and passed through untouched; each answer is read by the engine
/// (<see cref="TaskUploader"/>, <see cref="TaskPoller"/>), once.
/// </summary>
internal interface IProgenyApi
{
    [Post("/services/ocr_passport/")]
    Task<HttpResponseMessage> SubmitOcrPassportAsync([Body] HttpContent form, [Property(ProgenyHttp.UploadKey)] UploadGuard guard, CancellationToken cancellationToken);

    [Post("/services/ocr_card/")]
    Task<HttpResponseMessage> SubmitOcrCardAsync([Body] HttpContent form, [Property(ProgenyHttp.UploadKey)] UploadGuard guard, CancellationToken cancellationToken);

    [Post("/services/kyc_passport/")]
    Task<HttpResponseMessage> SubmitKycPassportAsync([Body] HttpContent form, [Property(ProgenyHttp.UploadKey)] UploadGuard guard, CancellationToken cancellationToken);

    [Post("/services/kyc_card/")]
    Task<HttpResponseMessage> SubmitKycCardAsync([Body] HttpContent form, [Property(ProgenyHttp.UploadKey)] UploadGuard guard, CancellationToken cancellationToken);

    [Post("/services/face_liveness/")]
    Task<HttpResponseMessage> SubmitFaceLivenessAsync([Body] HttpContent form, [Property(ProgenyHttp.UploadKey)] UploadGuard guard, CancellationToken cancellationToken);

    [Post("/services/register_face/")]
    Task<HttpResponseMessage> SubmitRegisterFaceAsync([Body] HttpContent form, [Property(ProgenyHttp.UploadKey)] UploadGuard guard, CancellationToken cancellationToken);

    [Post("/services/authenticate_face/")]
    Task<HttpResponseMessage> SubmitAuthenticateFaceAsync([Body] HttpContent form, [Property(ProgenyHttp.UploadKey)] UploadGuard guard, CancellationToken cancellationToken);

    [Post("/services/background_check/")]
    Task<HttpResponseMessage> SubmitBackgroundCheckAsync([Body] HttpContent form, [Property(ProgenyHttp.UploadKey)] UploadGuard guard, CancellationToken cancellationToken);

    /// <summary>A task's status; its body is read by the engine, which parses only what the poll needs.</summary>
    [Get("/services/task/")]
    Task<HttpResponseMessage> GetTaskAsync([AliasAs("id")] string id, CancellationToken cancellationToken);
}

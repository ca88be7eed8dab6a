using Progeny.Sdk.Internal;

namespace Progeny.Sdk;

/// <summary>
/// The Progeny identity-verification API v3: every v3 service, each a paid task that is uploaded and then polled until
/// it ends. The ocr_passport members are shortcuts for <see cref="OcrPassport"/>.
/// </summary>
/// <remarks>Login, token renewal, polling and the API's quirks are handled by the implementation.</remarks>
public interface IProgenyClient
{
    /// <summary>Gets ocr_passport: a passport page → the holder's data (<c>services/ocr_passport/</c>).</summary>
    /// <remarks>The default implementation, for implementations written before this member, calls the ocr_passport methods.</remarks>
    IProgenyService<OcrPassportRequest, PassportOcrResult> OcrPassport => new OcrPassportShortcuts(this);

    /// <summary>Gets ocr_card: an ID card or licence, front and back → the holder's data (<c>services/ocr_card/</c>).</summary>
    IProgenyService<OcrCardRequest, CardOcrResult> OcrCard { get; }

    /// <summary>Gets kyc_passport: a passport page and a selfie → the data, the selfie's liveness and its match with the portrait (<c>services/kyc_passport/</c>).</summary>
    IProgenyService<KycPassportRequest, KycPassportResult> KycPassport { get; }

    /// <summary>Gets kyc_card: an ID card or licence and a selfie → the data, the selfie's liveness and its match with the portrait (<c>services/kyc_card/</c>).</summary>
    IProgenyService<KycCardRequest, KycCardResult> KycCard { get; }

    /// <summary>Gets face_liveness: a face → is it a live person (<c>services/face_liveness/</c>).</summary>
    IProgenyService<FaceLivenessRequest, FaceLivenessResult> FaceLiveness { get; }

    /// <summary>Gets register_face: a face → the id of the registered face, for later authentication (<c>services/register_face/</c>).</summary>
    IProgenyService<RegisterFaceRequest, FaceRegistrationResult> RegisterFace { get; }

    /// <summary>Gets authenticate_face: a face and a registered face's id → is it live and the same person (<c>services/authenticate_face/</c>).</summary>
    IProgenyService<AuthenticateFaceRequest, FaceAuthenticationResult> AuthenticateFace { get; }

    /// <summary>Gets background_check: a full name and a birth date → an anti-money-laundering screening (<c>services/background_check/</c>).</summary>
    IProgenyService<BackgroundCheckRequest, BackgroundCheckResult> BackgroundCheck { get; }

    /// <summary>Uploads a passport page, waits until its task ends and returns the extracted document.</summary>
    /// <param name="passportImage">A PNG or JPEG photo of the passport page.</param>
    /// <param name="options">What to ask of the service; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call; a task already created keeps running on the server.</param>
    /// <returns>The typed result of the finished task.</returns>
    /// <exception cref="ArgumentException">The image is empty, not PNG or JPEG, or larger than <see cref="ProgenyClientOptions.MaxImageBytes"/>.</exception>
    /// <exception cref="FileNotFoundException">The image file does not exist.</exception>
    /// <exception cref="ProgenyTaskFailedException">The task ended without a document.</exception>
    /// <exception cref="ProgenyTaskTimeoutException">The task did not finish within <see cref="ProgenyClientOptions.PollingTimeout"/>.</exception>
    /// <exception cref="ProgenyException">Any other failure: see its subtypes.</exception>
    Task<PassportOcrResult> OcrPassportAsync(ProgenyImage passportImage,
        OcrPassportOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Uploads a passport page and returns the id of the task it created, without waiting.</summary>
    /// <param name="passportImage">A PNG or JPEG photo of the passport page.</param>
    /// <param name="options">What to ask of the service; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The task id: store it and pass it to <see cref="WaitForOcrPassportAsync(string, CancellationToken)"/>, in this process or another.</returns>
    /// <exception cref="ArgumentException">The image is empty, not PNG or JPEG, or larger than <see cref="ProgenyClientOptions.MaxImageBytes"/>.</exception>
    /// <exception cref="FileNotFoundException">The image file does not exist.</exception>
    /// <exception cref="ProgenyException">The upload failed; its message says whether a task may have been created.</exception>
    Task<string> SubmitOcrPassportAsync(ProgenyImage passportImage,
        OcrPassportOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Waits for a task submitted earlier and returns its document. Never uploads; the first status request is sent at once.</summary>
    /// <param name="taskId">The id returned by <see cref="SubmitOcrPassportAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The typed result of the finished task.</returns>
    /// <exception cref="ProgenyTaskFailedException">The task ended without a document.</exception>
    /// <exception cref="ProgenyTaskTimeoutException">The task did not finish within <see cref="ProgenyClientOptions.PollingTimeout"/>.</exception>
    /// <exception cref="ProgenyException">Any other failure: see its subtypes.</exception>
    Task<PassportOcrResult> WaitForOcrPassportAsync(string taskId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Waits for a task submitted earlier, as <see cref="WaitForOcrPassportAsync(string, CancellationToken)"/> does, and
    /// reports each status Progeny answers while it waits: to show a task's progress live.
    /// </summary>
    /// <param name="taskId">The id returned by <see cref="SubmitOcrPassportAsync"/>.</param>
    /// <param name="progress">
    /// Receives the status of every status answer, the final one included (e.g. <c>PENDING</c>, <c>STARTED</c>,
    /// <c>SUCCESS</c>), on the polling path: keep it quick. An exception it throws is logged and the wait goes on.
    /// <see langword="null"/> to receive none.
    /// </param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The typed result of the finished task.</returns>
    /// <exception cref="ProgenyTaskFailedException">The task ended without a document.</exception>
    /// <exception cref="ProgenyTaskTimeoutException">The task did not finish within <see cref="ProgenyClientOptions.PollingTimeout"/>.</exception>
    /// <exception cref="ProgenyException">Any other failure: see its subtypes.</exception>
    /// <remarks>
    /// The default implementation, for implementations written before this overload, waits without reporting; mocks
    /// and wrappers of <see cref="IProgenyClient"/> should set up or forward this overload too.
    /// </remarks>
    Task<PassportOcrResult> WaitForOcrPassportAsync(string taskId, IProgress<ProgenyTaskStatus>? progress, CancellationToken cancellationToken = default) =>
        WaitForOcrPassportAsync(taskId, cancellationToken);

    /// <summary>
    /// Downloads a portrait cropped from a document. Only absolute <c>https</c> addresses on the API's host or on
    /// <see cref="ProgenyClientOptions.PortraitHosts"/> are fetched; redirects are not followed; the size is capped at
    /// <see cref="ProgenyClientOptions.MaxImageBytes"/>; the access token is sent only when
    /// <see cref="ProgenyClientOptions.AuthenticatePortraitDownloads"/> is set.
    /// </summary>
    /// <param name="portraitUrl">The address, usually <see cref="IdentityDocument.PortraitUrl"/>.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The PNG or JPEG portrait.</returns>
    /// <exception cref="ArgumentException">The address is relative, not https (loopback excepted) or on a host not allowed. Nothing was sent.</exception>
    /// <exception cref="ProgenyException">The download failed, was too large, or was not a PNG or JPEG image.</exception>
    /// <exception cref="NotSupportedException">The implementation does not download portraits.</exception>
    /// <remarks>The default implementation, for implementations written before this member, does not download.</remarks>
    Task<ProgenyPortrait> DownloadPortraitAsync(Uri portraitUrl, CancellationToken cancellationToken = default) =>
        Task.FromException<ProgenyPortrait>(new NotSupportedException($"{GetType().Name} does not download portraits."));

    /// <summary>Downloads the portrait of a document; see <see cref="DownloadPortraitAsync(Uri, CancellationToken)"/>.</summary>
    /// <param name="document">A passport or card document whose <see cref="IdentityDocument.PortraitUrl"/> is set.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The PNG or JPEG portrait.</returns>
    /// <exception cref="ArgumentException">The document has no portrait address, or its address is not allowed. Nothing was sent.</exception>
    /// <exception cref="ProgenyException">The download failed, was too large, or was not a PNG or JPEG image.</exception>
    /// <exception cref="NotSupportedException">The implementation does not download portraits.</exception>
    Task<ProgenyPortrait> DownloadPortraitAsync(IdentityDocument document, CancellationToken cancellationToken = default) =>
        DownloadPortraitAsync(PortraitAddress.Of(document), cancellationToken);
}

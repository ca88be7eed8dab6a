using Progeny.Sdk;

namespace Progeny.Samples.AspNet.Tests;

/// <summary>A client whose every call fails with an exception the sample does not map, carrying <paramref name="message"/>.</summary>
internal sealed class ThrowingProgenyClient(string message) : IProgenyClient
{
    public IProgenyService<OcrPassportRequest, PassportOcrResult> OcrPassport => new ThrowingService<OcrPassportRequest, PassportOcrResult>(message);

    public IProgenyService<OcrCardRequest, CardOcrResult> OcrCard => new ThrowingService<OcrCardRequest, CardOcrResult>(message);

    public IProgenyService<KycPassportRequest, KycPassportResult> KycPassport => new ThrowingService<KycPassportRequest, KycPassportResult>(message);

    public IProgenyService<KycCardRequest, KycCardResult> KycCard => new ThrowingService<KycCardRequest, KycCardResult>(message);

    public IProgenyService<FaceLivenessRequest, FaceLivenessResult> FaceLiveness => new ThrowingService<FaceLivenessRequest, FaceLivenessResult>(message);

    public IProgenyService<RegisterFaceRequest, FaceRegistrationResult> RegisterFace => new ThrowingService<RegisterFaceRequest, FaceRegistrationResult>(message);

    public IProgenyService<AuthenticateFaceRequest, FaceAuthenticationResult> AuthenticateFace => new ThrowingService<AuthenticateFaceRequest, FaceAuthenticationResult>(message);

    public IProgenyService<BackgroundCheckRequest, BackgroundCheckResult> BackgroundCheck => new ThrowingService<BackgroundCheckRequest, BackgroundCheckResult>(message);

    public Task<PassportOcrResult> OcrPassportAsync(ProgenyImage passportImage, OcrPassportOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException(message);

    public Task<string> SubmitOcrPassportAsync(ProgenyImage passportImage, OcrPassportOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException(message);

    public Task<PassportOcrResult> WaitForOcrPassportAsync(string taskId, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException(message);

    public Task<ProgenyPortrait> DownloadPortraitAsync(Uri portraitUrl, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException(message);

    public Task<ProgenyPortrait> DownloadPortraitAsync(IdentityDocument document, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException(message);

    private sealed class ThrowingService<TRequest, TResult>(string message) : IProgenyService<TRequest, TResult>
    {
        public Task<TResult> RunAsync(TRequest request, CancellationToken cancellationToken = default) => throw new InvalidOperationException(message);

        public Task<string> SubmitAsync(TRequest request, CancellationToken cancellationToken = default) => throw new InvalidOperationException(message);

        public Task<TResult> WaitForAsync(string taskId, IProgress<ProgenyTaskStatus>? progress = null, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException(message);
    }
}

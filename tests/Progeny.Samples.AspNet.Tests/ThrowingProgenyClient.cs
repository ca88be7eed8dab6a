using Progeny.Sdk;

namespace Progeny.Samples.AspNet.Tests;

/// <summary>A client that fails with an exception the sample does not map, carrying <paramref name="message"/>.</summary>
internal sealed class ThrowingProgenyClient(string message) : IProgenyClient
{
    public Task<PassportOcrResult> OcrPassportAsync(ProgenyImage passportImage, OcrPassportOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException(message);

    public Task<string> SubmitOcrPassportAsync(ProgenyImage passportImage, OcrPassportOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException(message);

    public Task<PassportOcrResult> WaitForOcrPassportAsync(string taskId, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException(message);

    public Task<ProgenyPortrait> DownloadPortraitAsync(Uri portraitUrl, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException(message);

    public Task<ProgenyPortrait> DownloadPortraitAsync(PassportDocument document, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException(message);
}

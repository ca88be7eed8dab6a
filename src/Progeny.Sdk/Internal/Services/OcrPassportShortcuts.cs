namespace Progeny.Sdk.Internal;

/// <summary>
/// <see cref="IProgenyClient.OcrPassport"/> for an implementation written against the three ocr_passport methods only
/// (a user's hand-written fake): the service's calls go to those methods.
/// </summary>
internal sealed class OcrPassportShortcuts(IProgenyClient client) : IProgenyService<OcrPassportRequest, PassportOcrResult>
{
    public Task<PassportOcrResult> RunAsync(OcrPassportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return client.OcrPassportAsync(request.PassportImage, Options(request), cancellationToken);
    }

    public Task<string> SubmitAsync(OcrPassportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return client.SubmitOcrPassportAsync(request.PassportImage, Options(request), cancellationToken);
    }

    public Task<PassportOcrResult> WaitForAsync(string taskId, IProgress<ProgenyTaskStatus>? progress = null, CancellationToken cancellationToken = default) =>
        client.WaitForOcrPassportAsync(taskId, progress, cancellationToken);

    private static OcrPassportOptions Options(OcrPassportRequest request) => new() { ExtendData = request.ExtendData };
}

using System.Collections.Concurrent;
using Progeny.Sdk;

namespace Progeny.Samples.AspNet.Tests;

/// <summary>
/// The kyc_passport service without Progeny, for the host's <see cref="IProgenyService{TRequest, TResult}"/>: it
/// records what the handler handed it (each image's file name and bytes, read as Progeny.Sdk reads them) and answers
/// <see cref="Result"/>, or throws <see cref="Failure"/>.
/// </summary>
internal sealed class RecordingKycService : IProgenyService<KycPassportRequest, KycPassportResult>
{
    private readonly ConcurrentQueue<ReceivedKycRequest> _received = new();

    /// <summary>Gets or sets the result of each call.</summary>
    public KycPassportResult Result { get; set; } = KycResults.Verified;

    /// <summary>Gets or sets the exception each call throws instead, after recording its request.</summary>
    public Exception? Failure { get; set; }

    /// <summary>Gets the requests received, in order.</summary>
    public IReadOnlyList<ReceivedKycRequest> Received => [.. _received];

    public async Task<KycPassportResult> RunAsync(KycPassportRequest request, CancellationToken cancellationToken = default)
    {
        _received.Enqueue(new ReceivedKycRequest(
            await ReadAsync(request.PassportImage, cancellationToken), await ReadAsync(request.SelfieImage, cancellationToken), request.ExtendData));
        return Failure is { } failure ? throw failure : Result;
    }

    // The handler runs the whole task in one call; a handler that submitted or waited alone would fail these tests.
    public Task<string> SubmitAsync(KycPassportRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The /kyc handler is expected to call RunAsync.");

    public Task<KycPassportResult> WaitForAsync(string taskId, IProgress<ProgenyTaskStatus>? progress = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The /kyc handler is expected to call RunAsync.");

    private static async Task<ReceivedImage> ReadAsync(ProgenyImage image, CancellationToken cancellationToken)
    {
        await using var content = await image.OpenReadAsync(long.MaxValue, cancellationToken);
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, cancellationToken);
        return new ReceivedImage(image.FileName, copy.ToArray());
    }
}

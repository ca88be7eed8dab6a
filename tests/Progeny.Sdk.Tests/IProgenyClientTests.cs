using Progeny.Sdk.Tests.TestSupport;

namespace Progeny.Sdk.Tests;

/// <summary>
/// An implementation written against the design's contract (its three methods only), such as a user's hand-written
/// fake, still compiles: the members added since have default implementations.
/// </summary>
public sealed class IProgenyClientTests
{
    private static readonly PassportOcrResult Result = new()
    {
        TaskId = DocumentationSamples.TaskId,
        Document = new PassportDocument { PortraitUrl = new Uri("https://dev.progeny.tech/media/p.jpg") },
    };

    [Fact]
    public async Task WaitForOcrPassportAsync_ProgressOnContractOnlyImplementation_WaitsWithoutReporting()
    {
        IProgenyClient client = new ContractOnlyClient();
        var statuses = new List<ProgenyTaskStatus>();

        var result = await client.WaitForOcrPassportAsync(DocumentationSamples.TaskId, new SynchronousProgress<ProgenyTaskStatus>(statuses.Add));

        result.ShouldBeSameAs(Result);
        statuses.ShouldBeEmpty();
    }

    [Fact]
    public async Task DownloadPortraitAsync_ContractOnlyImplementation_ThrowsNotSupported()
    {
        IProgenyClient client = new ContractOnlyClient();

        await Should.ThrowAsync<NotSupportedException>(() => client.DownloadPortraitAsync(Result.Document));
        await Should.ThrowAsync<ArgumentException>(() => client.DownloadPortraitAsync(new PassportDocument()));
    }

    private sealed class ContractOnlyClient : IProgenyClient
    {
        public Task<PassportOcrResult> OcrPassportAsync(ProgenyImage passportImage, OcrPassportOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(Result);

        public Task<string> SubmitOcrPassportAsync(ProgenyImage passportImage, OcrPassportOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(DocumentationSamples.TaskId);

        public Task<PassportOcrResult> WaitForOcrPassportAsync(string taskId, CancellationToken cancellationToken = default) =>
            Task.FromResult(Result);
    }
}

using Progeny.Sdk.Tests.TestSupport;

namespace Progeny.Sdk.Tests;

/// <summary>
/// An implementation written against the design's contract (the three ocr_passport methods and the service
/// properties), such as a user's hand-written fake, still compiles: the members added beyond it have default implementations.
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

    [Fact]
    public async Task OcrPassport_ContractOnlyImplementation_CallsTheOcrPassportMethods()
    {
        IProgenyClient client = new ContractOnlyClient();
        var request = new OcrPassportRequest(ProgenyImage.FromBytes(TestImages.Jpeg, "p.jpg")) { ExtendData = true };

        (await client.OcrPassport.RunAsync(request)).ShouldBeSameAs(Result);
        (await client.OcrPassport.SubmitAsync(request)).ShouldBe(DocumentationSamples.TaskId);
        (await client.OcrPassport.WaitForAsync(DocumentationSamples.TaskId)).ShouldBeSameAs(Result);
    }

    private sealed class ContractOnlyClient : IProgenyClient
    {
        public IProgenyService<OcrCardRequest, CardOcrResult> OcrCard => throw new NotSupportedException();

        public IProgenyService<KycPassportRequest, KycPassportResult> KycPassport => throw new NotSupportedException();

        public IProgenyService<KycCardRequest, KycCardResult> KycCard => throw new NotSupportedException();

        public IProgenyService<FaceLivenessRequest, FaceLivenessResult> FaceLiveness => throw new NotSupportedException();

        public IProgenyService<RegisterFaceRequest, FaceRegistrationResult> RegisterFace => throw new NotSupportedException();

        public IProgenyService<AuthenticateFaceRequest, FaceAuthenticationResult> AuthenticateFace => throw new NotSupportedException();

        public IProgenyService<BackgroundCheckRequest, BackgroundCheckResult> BackgroundCheck => throw new NotSupportedException();

        public Task<PassportOcrResult> OcrPassportAsync(ProgenyImage passportImage, OcrPassportOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(Result);

        public Task<string> SubmitOcrPassportAsync(ProgenyImage passportImage, OcrPassportOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(DocumentationSamples.TaskId);

        public Task<PassportOcrResult> WaitForOcrPassportAsync(string taskId, CancellationToken cancellationToken = default) =>
            Task.FromResult(Result);
    }
}

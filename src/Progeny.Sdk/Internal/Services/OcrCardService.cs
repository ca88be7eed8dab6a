using System.Text.Json.Serialization.Metadata;
using Progeny.Sdk.Internal.Json;

namespace Progeny.Sdk.Internal;

/// <summary>ocr_card: an ID card or licence, front (<c>front_id</c>) and back (<c>back_id</c>) → the holder's data. Fails without a document.</summary>
internal sealed class OcrCardService : EnvelopedServiceDefinition<OcrCardRequest, DocumentDataDto, CardOcrResult>
{
    public static OcrCardService Instance { get; } = new();

    public override string Name => "ocr_card";

    protected override JsonTypeInfo<TaskEnvelope<DocumentDataDto>> Envelope => ProgenyJsonContext.Default.TaskEnvelopeDocumentDataDto;

    public override void Describe(OcrCardRequest request, ServiceForm form) => form
        .Image("front_id", request.FrontImage, nameof(request.FrontImage))
        .Image("back_id", request.BackImage, nameof(request.BackImage))
        .Flag("extend_data", request.ExtendData, nameof(request.ExtendData));

    public override Task<HttpResponseMessage> SubmitAsync(IProgenyApi api, HttpContent form, UploadGuard guard, CancellationToken cancellationToken) =>
        api.SubmitOcrCardAsync(form, guard, cancellationToken);

    protected override CardOcrResult? Map(DocumentDataDto data, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> issues) =>
        data.Document is { ErrorCode: null } document ? new CardOcrResult { Document = DocumentMapper.Card(document) } : null;
}

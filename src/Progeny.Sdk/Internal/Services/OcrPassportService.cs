using System.Text.Json.Serialization.Metadata;
using Progeny.Sdk.Internal.Json;

namespace Progeny.Sdk.Internal;

/// <summary>ocr_passport: a passport page (<c>passport_image</c>) → the holder's data. Fails without a document.</summary>
internal sealed class OcrPassportService : EnvelopedServiceDefinition<OcrPassportRequest, DocumentDataDto, PassportOcrResult>
{
    public static OcrPassportService Instance { get; } = new();

    public override string Name => "ocr_passport";

    protected override JsonTypeInfo<TaskEnvelope<DocumentDataDto>> Envelope => ProgenyJsonContext.Default.TaskEnvelopeDocumentDataDto;

    public override void Describe(OcrPassportRequest request, ServiceForm form) => form
        .Image("passport_image", request.PassportImage, nameof(request.PassportImage))
        .Flag("extend_data", request.ExtendData, nameof(request.ExtendData));

    public override Task<HttpResponseMessage> SubmitAsync(IProgenyApi api, HttpContent form, UploadGuard guard, CancellationToken cancellationToken) =>
        api.SubmitOcrPassportAsync(form, guard, cancellationToken);

    protected override PassportOcrResult? Map(DocumentDataDto data, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> issues) =>
        data.Document is { ErrorCode: null } document
            ? new PassportOcrResult { Document = DocumentMapper.Passport(document), Compare = data.Compare?.Result, Liveness = data.Liveness?.Result }
            : null;
}

using System.Text.Json.Serialization.Metadata;
using Progeny.Sdk.Internal.Json;

namespace Progeny.Sdk.Internal;

/// <summary>
/// kyc_passport: a passport page (<c>passport_image</c>) and a selfie (<c>selfie_image</c>) → the holder's data, the
/// selfie's liveness and its match with the portrait. Negative checks are answers; it fails without a document.
/// </summary>
internal sealed class KycPassportService : EnvelopedServiceDefinition<KycPassportRequest, DocumentDataDto, KycPassportResult>
{
    public static KycPassportService Instance { get; } = new();

    public override string Name => "kyc_passport";

    protected override JsonTypeInfo<TaskEnvelope<DocumentDataDto>> Envelope => ProgenyJsonContext.Default.TaskEnvelopeDocumentDataDto;

    protected override bool AnswersWithChecks => true;

    public override void Describe(KycPassportRequest request, ServiceForm form) => form
        .Image("passport_image", request.PassportImage, nameof(request.PassportImage))
        .Image("selfie_image", request.SelfieImage, nameof(request.SelfieImage))
        .Flag("extend_data", request.ExtendData, nameof(request.ExtendData));

    public override Task<HttpResponseMessage> SubmitAsync(IProgenyApi api, HttpContent form, UploadGuard guard, CancellationToken cancellationToken) =>
        api.SubmitKycPassportAsync(form, guard, cancellationToken);

    protected override KycPassportResult? Map(DocumentDataDto data, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> issues) =>
        data.Document is { ErrorCode: null } document
            ? new KycPassportResult
            {
                Document = DocumentMapper.Passport(document),
                Liveness = Checks.Liveness(data.Liveness, issues, "liveness"),
                Match = Checks.Match(data.Compare),
            }
            : null;
}

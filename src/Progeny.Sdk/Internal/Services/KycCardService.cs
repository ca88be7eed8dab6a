using System.Text.Json.Serialization.Metadata;
using Progeny.Sdk.Internal.Json;

namespace Progeny.Sdk.Internal;

/// <summary>
/// kyc_card: an ID card or licence (<c>front_id</c>, <c>back_id</c>) and a selfie (<c>selfie_image</c>) → the holder's
/// data, the selfie's liveness and its match with the portrait. Negative checks are answers; it fails without a document.
/// </summary>
internal sealed class KycCardService : EnvelopedServiceDefinition<KycCardRequest, DocumentDataDto, KycCardResult>
{
    public static KycCardService Instance { get; } = new();

    public override string Name => "kyc_card";

    protected override JsonTypeInfo<TaskEnvelope<DocumentDataDto>> Envelope => ProgenyJsonContext.Default.TaskEnvelopeDocumentDataDto;

    protected override bool AnswersWithChecks => true;

    public override void Describe(KycCardRequest request, ServiceForm form) => form
        .Image("front_id", request.FrontImage, nameof(request.FrontImage))
        .Image("back_id", request.BackImage, nameof(request.BackImage))
        .Image("selfie_image", request.SelfieImage, nameof(request.SelfieImage))
        .Flag("extend_data", request.ExtendData, nameof(request.ExtendData));

    public override Task<HttpResponseMessage> SubmitAsync(IProgenyApi api, HttpContent form, UploadGuard guard, CancellationToken cancellationToken) =>
        api.SubmitKycCardAsync(form, guard, cancellationToken);

    protected override KycCardResult? Map(DocumentDataDto data, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> issues) =>
        data.Document is { ErrorCode: null } document
            ? new KycCardResult
            {
                Document = DocumentMapper.Card(document),
                Liveness = Checks.Liveness(data.Liveness, issues, "liveness"),
                Match = Checks.Match(data.Compare),
            }
            : null;
}

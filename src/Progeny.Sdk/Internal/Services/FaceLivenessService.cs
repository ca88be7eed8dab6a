using System.Text.Json.Serialization.Metadata;
using Progeny.Sdk.Internal.Json;

namespace Progeny.Sdk.Internal;

/// <summary>face_liveness: a face (<c>image</c>) → is it a live person. A check: a negative or impossible check is its answer.</summary>
internal sealed class FaceLivenessService : EnvelopedServiceDefinition<FaceLivenessRequest, FaceDataDto, FaceLivenessResult>
{
    public static FaceLivenessService Instance { get; } = new();

    public override string Name => "face_liveness";

    protected override JsonTypeInfo<TaskEnvelope<FaceDataDto>> Envelope => ProgenyJsonContext.Default.TaskEnvelopeFaceDataDto;

    protected override bool AnswersWithChecks => true;

    public override void Describe(FaceLivenessRequest request, ServiceForm form) => form
        .Image("image", request.FaceImage, nameof(request.FaceImage))
        .Flag("extend_data", request.ExtendData, nameof(request.ExtendData));

    public override Task<HttpResponseMessage> SubmitAsync(IProgenyApi api, HttpContent form, UploadGuard guard, CancellationToken cancellationToken) =>
        api.SubmitFaceLivenessAsync(form, guard, cancellationToken);

    protected override FaceLivenessResult? Map(FaceDataDto data, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> issues) =>
        data.Liveness is not null || issues.ContainsKey("liveness")
            ? new FaceLivenessResult { Liveness = Checks.Liveness(data.Liveness, issues, "liveness") }
            : null;
}

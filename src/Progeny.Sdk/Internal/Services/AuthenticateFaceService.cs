using System.Text.Json.Serialization.Metadata;
using Progeny.Sdk.Internal.Json;

namespace Progeny.Sdk.Internal;

/// <summary>
/// authenticate_face: a face (<c>image</c>) and a registered face's id (<c>uuid</c>) → is it live, is it the same person.
/// A check: a mismatch or a face that is not live is its answer.
/// </summary>
internal sealed class AuthenticateFaceService : EnvelopedServiceDefinition<AuthenticateFaceRequest, FaceDataDto, FaceAuthenticationResult>
{
    public static AuthenticateFaceService Instance { get; } = new();

    public override string Name => "authenticate_face";

    protected override JsonTypeInfo<TaskEnvelope<FaceDataDto>> Envelope => ProgenyJsonContext.Default.TaskEnvelopeFaceDataDto;

    protected override bool AnswersWithChecks => true;

    public override void Describe(AuthenticateFaceRequest request, ServiceForm form) => form
        .Image("image", request.FaceImage, nameof(request.FaceImage))
        .Text("uuid", request.FaceId, nameof(request.FaceId))
        .Flag("extend_data", request.ExtendData, nameof(request.ExtendData));

    public override Task<HttpResponseMessage> SubmitAsync(IProgenyApi api, HttpContent form, UploadGuard guard, CancellationToken cancellationToken) =>
        api.SubmitAuthenticateFaceAsync(form, guard, cancellationToken);

    protected override FaceAuthenticationResult? Map(FaceDataDto data, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> issues) =>
        data.Authentication is not null || data.Liveness is not null || issues.Count > 0
            ? new FaceAuthenticationResult { Match = Checks.Match(data.Authentication), Liveness = Checks.Liveness(data.Liveness, issues, "liveness") }
            : null;
}

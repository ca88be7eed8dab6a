using System.Text.Json.Serialization.Metadata;
using Progeny.Sdk.Internal.Json;

namespace Progeny.Sdk.Internal;

/// <summary>register_face: a face (<c>image</c>) → the id of the registered face (<c>uuid</c>). Fails without one.</summary>
internal sealed class RegisterFaceService : EnvelopedServiceDefinition<RegisterFaceRequest, FaceDataDto, FaceRegistrationResult>
{
    public static RegisterFaceService Instance { get; } = new();

    public override string Name => "register_face";

    protected override JsonTypeInfo<TaskEnvelope<FaceDataDto>> Envelope => ProgenyJsonContext.Default.TaskEnvelopeFaceDataDto;

    public override void Describe(RegisterFaceRequest request, ServiceForm form) => form
        .Image("image", request.FaceImage, nameof(request.FaceImage))
        .Flag("extend_data", request.ExtendData, nameof(request.ExtendData));

    public override Task<HttpResponseMessage> SubmitAsync(IProgenyApi api, HttpContent form, UploadGuard guard, CancellationToken cancellationToken) =>
        api.SubmitRegisterFaceAsync(form, guard, cancellationToken);

    protected override FaceRegistrationResult? Map(FaceDataDto data, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> issues) =>
        WireValues.Text(data.Uuid) is { } faceId ? new FaceRegistrationResult { FaceId = faceId } : null;
}

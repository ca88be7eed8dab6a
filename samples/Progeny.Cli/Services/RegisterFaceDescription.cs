using System.CommandLine;
using System.Text.Json;
using Progeny.Sdk;

namespace Progeny.Cli;

/// <summary><c>progeny register-face &lt;selfie&gt;</c>: register_face, registers a live face and prints its id.</summary>
internal sealed class RegisterFaceDescription : ServiceDescription<RegisterFaceRequest, FaceRegistrationResult>
{
    private readonly Argument<string> _selfie = ImageArguments.One("selfie", "A photo of the face to register (PNG or JPEG).");

    /// <inheritdoc/>
    public override string ApiName => "register_face";

    /// <inheritdoc/>
    public override string CommandName => "register-face";

    /// <inheritdoc/>
    public override string Summary => "Register a face (it must pass liveness) and print its face id, for authenticate-face.";

    /// <inheritdoc/>
    public override string WhenFailed => "Progeny registered no face. Try a well-lit photo of one face looking at the camera.";

    /// <inheritdoc/>
    public override IReadOnlyList<string> FileRoles { get; } = ["selfie"];

    /// <inheritdoc/>
    public override IProgenyService<RegisterFaceRequest, FaceRegistrationResult> ServiceOf(IProgenyClient client) => client.RegisterFace;

    /// <inheritdoc/>
    public override void AddArguments(Command command) => command.Add(_selfie);

    /// <inheritdoc/>
    public override IReadOnlyList<TaskInput<RegisterFaceRequest>> ReadInputs(ParseResult parseResult, bool extendData, ICollection<string> problems)
    {
        return
        [
            TaskInput<RegisterFaceRequest>.Upload(
                images => new RegisterFaceRequest(images[0]) { ExtendData = extendData },
                new InputFile("selfie", parseResult.GetRequiredValue(_selfie), nameof(RegisterFaceRequest.FaceImage))),
        ];
    }

    /// <inheritdoc/>
    public override void AddRows(ResultTable table, FaceRegistrationResult result) => table.Row("Face id", result.FaceId);

    /// <inheritdoc/>
    public override void WriteJson(Utf8JsonWriter writer, FaceRegistrationResult result) => writer.WriteString("faceId", result.FaceId);
}

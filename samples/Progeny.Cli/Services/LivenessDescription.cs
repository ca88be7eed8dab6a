using System.CommandLine;
using System.Text.Json;
using Progeny.Sdk;

namespace Progeny.Cli;

/// <summary><c>progeny liveness &lt;selfie&gt;</c>: face_liveness, is the face in a picture a live person's.</summary>
internal sealed class LivenessDescription : ServiceDescription<FaceLivenessRequest, FaceLivenessResult>
{
    private readonly Argument<string> _selfie = ImageArguments.One("selfie", "A photo of one face (PNG or JPEG).");

    /// <inheritdoc/>
    public override string ApiName => "face_liveness";

    /// <inheritdoc/>
    public override string CommandName => "liveness";

    /// <inheritdoc/>
    public override string Summary => "Check that a selfie shows a live person. A 'not live' answer (with its reason) is a result, not a failure.";

    /// <inheritdoc/>
    public override string WhenFailed => "Progeny could not check the face. Try again, with a well-lit photo of one face looking at the camera.";

    /// <inheritdoc/>
    public override IReadOnlyList<string> FileRoles { get; } = ["selfie"];

    /// <inheritdoc/>
    public override IProgenyService<FaceLivenessRequest, FaceLivenessResult> ServiceOf(IProgenyClient client) => client.FaceLiveness;

    /// <inheritdoc/>
    public override void AddArguments(Command command) => command.Add(_selfie);

    /// <inheritdoc/>
    public override IReadOnlyList<TaskInput<FaceLivenessRequest>> ReadInputs(ParseResult parseResult, bool extendData, ICollection<string> problems)
    {
        var selfie = ImageFiles.Check(parseResult.GetRequiredValue(_selfie), problems);
        return
        [
            TaskInput<FaceLivenessRequest>.Upload(
                new FaceLivenessRequest(ProgenyImage.FromFile(selfie)) { ExtendData = extendData },
                new InputFile("selfie", selfie, nameof(FaceLivenessRequest.FaceImage))),
        ];
    }

    /// <inheritdoc/>
    public override void AddRows(ResultTable table, FaceLivenessResult result) => table.Liveness(result.Liveness);

    /// <inheritdoc/>
    public override void WriteJson(Utf8JsonWriter writer, FaceLivenessResult result) =>
        JsonFields.Property(writer, "liveness", result.Liveness, CliJsonContext.Default.LivenessCheck);
}

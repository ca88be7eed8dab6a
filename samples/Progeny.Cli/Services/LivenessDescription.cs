using System.CommandLine;
using System.Text.Json;
using Progeny.Sdk;

namespace Progeny.Cli;

/// <summary><c>progeny liveness &lt;selfie&gt;...</c>: face_liveness, is the face in each picture a live person's.</summary>
internal sealed class LivenessDescription : ServiceDescription<FaceLivenessRequest, FaceLivenessResult>
{
    private readonly Argument<string[]> _selfies = ImageArguments.Many("selfie", "Photos of one face each (PNG or JPEG), or folders of them: each is a check of its own.");

    /// <inheritdoc/>
    public override string ApiName => "face_liveness";

    /// <inheritdoc/>
    public override string CommandName => "liveness";

    /// <inheritdoc/>
    public override string Summary => "Check that each selfie shows a live person. A 'not live' answer (with its reason) is a result, not a failure.";

    /// <inheritdoc/>
    public override string WhenFailed => "Progeny could not check the face. Try again, with a well-lit photo of one face looking at the camera.";

    /// <inheritdoc/>
    public override IReadOnlyList<string> FileRoles { get; } = ["selfie"];

    /// <inheritdoc/>
    public override IProgenyService<FaceLivenessRequest, FaceLivenessResult> ServiceOf(IProgenyClient client) => client.FaceLiveness;

    /// <inheritdoc/>
    public override bool TakesManyInputs => true;

    /// <inheritdoc/>
    public override void AddArguments(Command command) => command.Add(_selfies);

    /// <inheritdoc/>
    public override IReadOnlyList<TaskInput<FaceLivenessRequest>> ReadInputs(ParseResult parseResult, bool extendData, ICollection<string> problems) =>
        OnePerFile(parseResult.GetRequiredValue(_selfies), problems, new InputFile("selfie", string.Empty, nameof(FaceLivenessRequest.FaceImage)), image => new FaceLivenessRequest(image) { ExtendData = extendData });

    /// <inheritdoc/>
    public override void AddRows(ResultTable table, FaceLivenessResult result) => table.Liveness(result.Liveness);

    /// <inheritdoc/>
    public override void WriteJson(Utf8JsonWriter writer, FaceLivenessResult result) =>
        JsonFields.Property(writer, "liveness", result.Liveness, CliJsonContext.Default.LivenessCheck);
}

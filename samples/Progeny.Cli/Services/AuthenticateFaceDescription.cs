using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.Json;
using Progeny.Sdk;

namespace Progeny.Cli;

/// <summary><c>progeny authenticate-face &lt;selfie&gt; --face-id &lt;id&gt;</c>: authenticate_face, a face against a registered one.</summary>
internal sealed class AuthenticateFaceDescription : ServiceDescription<AuthenticateFaceRequest, FaceAuthenticationResult>
{
    private readonly Argument<string> _selfie = ImageArguments.One("selfie", "A new photo of the face (PNG or JPEG).");

    private readonly Option<string> _faceId = new("--face-id")
    {
        Description = "The id that register-face printed for the registered face (a UUID).",
        HelpName = "id",
        Required = true,
        CustomParser = ParseFaceId,
    };

    /// <inheritdoc/>
    public override string ApiName => "authenticate_face";

    /// <inheritdoc/>
    public override string CommandName => "authenticate-face";

    /// <inheritdoc/>
    public override string Summary => "Check a selfie against a registered face: is it live, and is it the same person. A 'no' is a result, not a failure.";

    /// <inheritdoc/>
    public override string WhenFailed => "Progeny could not compare the faces. Check the face id, and try a well-lit photo of one face.";

    /// <inheritdoc/>
    public override IReadOnlyList<string> FileRoles { get; } = ["selfie"];

    /// <inheritdoc/>
    public override IProgenyService<AuthenticateFaceRequest, FaceAuthenticationResult> ServiceOf(IProgenyClient client) => client.AuthenticateFace;

    /// <inheritdoc/>
    public override void AddArguments(Command command)
    {
        command.Add(_selfie);
        command.Add(_faceId);
    }

    /// <inheritdoc/>
    public override IReadOnlyList<TaskInput<AuthenticateFaceRequest>> ReadInputs(ParseResult parseResult, bool extendData, ICollection<string> problems)
    {
        var faceId = parseResult.GetRequiredValue(_faceId);
        var input = TaskInput<AuthenticateFaceRequest>.Upload(
            images => new AuthenticateFaceRequest(images[0], faceId) { ExtendData = extendData },
            new InputFile("selfie", parseResult.GetRequiredValue(_selfie), nameof(AuthenticateFaceRequest.FaceImage)));

        // The same selfie against another face is another check.
        return [input with { JournalKey = $"{input.DisplayName} --face-id {faceId}" }];
    }

    /// <inheritdoc/>
    public override void AddRows(ResultTable table, FaceAuthenticationResult result)
    {
        table.Match(result.Match);
        table.Liveness(result.Liveness);
    }

    /// <inheritdoc/>
    public override void WriteJson(Utf8JsonWriter writer, FaceAuthenticationResult result)
    {
        JsonFields.Property(writer, "match", result.Match, CliJsonContext.Default.FaceMatch);
        JsonFields.Property(writer, "liveness", result.Liveness, CliJsonContext.Default.LivenessCheck);
    }

    // register_face answers a UUID (a version-1 one in the documentation): sent in its canonical form, as Progeny wrote it.
    private static string ParseFaceId(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value.Trim() : string.Empty;
        if (!Guid.TryParse(text, out var faceId))
        {
            result.AddError($"--face-id: '{text}' is not a face id: give the UUID that register-face printed, such as d3da2b7a-b062-11ec-b3b9-0242ac190002.");
            return text;
        }

        return faceId.ToString("D");
    }
}

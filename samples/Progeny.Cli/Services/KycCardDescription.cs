using System.CommandLine;
using System.Text.Json;
using Progeny.Sdk;

namespace Progeny.Cli;

/// <summary><c>progeny kyc-card &lt;front&gt; &lt;back&gt; --selfie &lt;selfie&gt;</c>: kyc_card, a card checked against a selfie.</summary>
internal sealed class KycCardDescription : ServiceDescription<KycCardRequest, KycCardResult>
{
    private readonly Argument<string> _front = ImageArguments.One("front", "The card's front (PNG or JPEG).");
    private readonly Argument<string> _back = ImageArguments.One("back", "The card's back (PNG or JPEG).");
    private readonly Option<string> _selfie = ImageArguments.Required("--selfie", "A selfie of the holder (PNG or JPEG), to check for liveness and compare with the portrait.");

    /// <inheritdoc/>
    public override string ApiName => "kyc_card";

    /// <inheritdoc/>
    public override string CommandName => "kyc-card";

    /// <inheritdoc/>
    public override string Summary => "Read an identity card or driving licence and check a selfie against it: is the face live, and is it the holder's.";

    /// <inheritdoc/>
    public override string WhenFailed => "Progeny could not read the card. Try sharper, well-lit photos of the whole card, front and back.";

    /// <inheritdoc/>
    public override IReadOnlyList<string> FileRoles { get; } = ["front", "back", "selfie"];

    /// <inheritdoc/>
    public override IProgenyService<KycCardRequest, KycCardResult> ServiceOf(IProgenyClient client) => client.KycCard;

    /// <inheritdoc/>
    public override void AddArguments(Command command)
    {
        command.Add(_front);
        command.Add(_back);
        command.Add(_selfie);
    }

    /// <inheritdoc/>
    public override IReadOnlyList<TaskInput<KycCardRequest>> ReadInputs(ParseResult parseResult, bool extendData, ICollection<string> problems)
    {
        return
        [
            TaskInput<KycCardRequest>.Upload(
                images => new KycCardRequest(images[0], images[1], images[2]) { ExtendData = extendData },
                new InputFile("front", parseResult.GetRequiredValue(_front), nameof(KycCardRequest.FrontImage)),
                new InputFile("back", parseResult.GetRequiredValue(_back), nameof(KycCardRequest.BackImage)),
                new InputFile("selfie", parseResult.GetRequiredValue(_selfie), nameof(KycCardRequest.SelfieImage))),
        ];
    }

    /// <inheritdoc/>
    public override void AddRows(ResultTable table, KycCardResult result)
    {
        table.Liveness(result.Liveness);
        table.Match(result.Match);
        table.Document(result.Document);
    }

    /// <inheritdoc/>
    public override void WriteJson(Utf8JsonWriter writer, KycCardResult result)
    {
        JsonFields.Document(writer, result.Document);
        JsonFields.Property(writer, "liveness", result.Liveness, CliJsonContext.Default.LivenessCheck);
        JsonFields.Property(writer, "match", result.Match, CliJsonContext.Default.FaceMatch);
    }
}

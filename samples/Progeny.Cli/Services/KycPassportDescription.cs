using System.CommandLine;
using System.Text.Json;
using Progeny.Sdk;

namespace Progeny.Cli;

/// <summary><c>progeny kyc &lt;passport&gt; --selfie &lt;selfie&gt;</c>: kyc_passport, a passport page checked against a selfie.</summary>
internal sealed class KycPassportDescription : ServiceDescription<KycPassportRequest, KycPassportResult>
{
    private readonly Argument<string> _passport = ImageArguments.One("passport", "The passport data page (PNG or JPEG).");
    private readonly Option<string> _selfie = ImageArguments.Required("--selfie", "A selfie of the holder (PNG or JPEG), to check for liveness and compare with the portrait.");

    /// <inheritdoc/>
    public override string ApiName => "kyc_passport";

    /// <inheritdoc/>
    public override string CommandName => "kyc";

    /// <inheritdoc/>
    public override string Summary => "Read a passport page and check a selfie against it: is the face live, and is it the holder's.";

    /// <inheritdoc/>
    public override string WhenFailed => "Progeny could not read the passport. Try a sharper, well-lit photo of the whole data page.";

    /// <inheritdoc/>
    public override IReadOnlyList<string> FileRoles { get; } = ["passport", "selfie"];

    /// <inheritdoc/>
    public override IProgenyService<KycPassportRequest, KycPassportResult> ServiceOf(IProgenyClient client) => client.KycPassport;

    /// <inheritdoc/>
    public override void AddArguments(Command command)
    {
        command.Add(_passport);
        command.Add(_selfie);
    }

    /// <inheritdoc/>
    public override IReadOnlyList<TaskInput<KycPassportRequest>> ReadInputs(ParseResult parseResult, bool extendData, ICollection<string> problems)
    {
        return
        [
            TaskInput<KycPassportRequest>.Upload(
                images => new KycPassportRequest(images[0], images[1]) { ExtendData = extendData },
                new InputFile("passport", parseResult.GetRequiredValue(_passport), nameof(KycPassportRequest.PassportImage)),
                new InputFile("selfie", parseResult.GetRequiredValue(_selfie), nameof(KycPassportRequest.SelfieImage))),
        ];
    }

    /// <inheritdoc/>
    public override void AddRows(ResultTable table, KycPassportResult result)
    {
        table.Liveness(result.Liveness);
        table.Match(result.Match);
        table.Document(result.Document);
    }

    /// <inheritdoc/>
    public override void WriteJson(Utf8JsonWriter writer, KycPassportResult result)
    {
        JsonFields.Document(writer, result.Document);
        JsonFields.Property(writer, "liveness", result.Liveness, CliJsonContext.Default.LivenessCheck);
        JsonFields.Property(writer, "match", result.Match, CliJsonContext.Default.FaceMatch);
    }
}

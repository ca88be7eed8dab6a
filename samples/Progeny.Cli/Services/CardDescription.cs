using System.CommandLine;
using System.Text.Json;
using Progeny.Sdk;

namespace Progeny.Cli;

/// <summary><c>progeny card &lt;front&gt; &lt;back&gt;</c>: ocr_card, an identity card or driving licence, both sides.</summary>
internal sealed class CardDescription : ServiceDescription<OcrCardRequest, CardOcrResult>
{
    private readonly Argument<string> _front = ImageArguments.One("front", "The card's front (PNG or JPEG).");
    private readonly Argument<string> _back = ImageArguments.One("back", "The card's back (PNG or JPEG).");

    /// <inheritdoc/>
    public override string ApiName => "ocr_card";

    /// <inheritdoc/>
    public override string CommandName => "card";

    /// <inheritdoc/>
    public override string Summary => "Read an identity card or driving licence from photos of its front and back.";

    /// <inheritdoc/>
    public override string WhenFailed => "Progeny could not read the card. Try sharper, well-lit photos of the whole card, front and back.";

    /// <inheritdoc/>
    public override IReadOnlyList<string> FileRoles { get; } = ["front", "back"];

    /// <inheritdoc/>
    public override IProgenyService<OcrCardRequest, CardOcrResult> ServiceOf(IProgenyClient client) => client.OcrCard;

    /// <inheritdoc/>
    public override void AddArguments(Command command)
    {
        command.Add(_front);
        command.Add(_back);
    }

    /// <inheritdoc/>
    public override IReadOnlyList<TaskInput<OcrCardRequest>> ReadInputs(ParseResult parseResult, bool extendData, ICollection<string> problems)
    {
        return
        [
            TaskInput<OcrCardRequest>.Upload(
                images => new OcrCardRequest(images[0], images[1]) { ExtendData = extendData },
                new InputFile("front", parseResult.GetRequiredValue(_front), nameof(OcrCardRequest.FrontImage)),
                new InputFile("back", parseResult.GetRequiredValue(_back), nameof(OcrCardRequest.BackImage))),
        ];
    }

    /// <inheritdoc/>
    public override void AddRows(ResultTable table, CardOcrResult result) => table.Document(result.Document);

    /// <inheritdoc/>
    public override void WriteJson(Utf8JsonWriter writer, CardOcrResult result) => JsonFields.Document(writer, result.Document);
}

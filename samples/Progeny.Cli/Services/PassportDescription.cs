using System.CommandLine;
using System.Text.Json;
using Progeny.Sdk;

namespace Progeny.Cli;

/// <summary><c>progeny passport &lt;image or folder&gt;...</c>: ocr_passport, one task per passport page image.</summary>
internal sealed class PassportDescription : ServiceDescription<OcrPassportRequest, PassportOcrResult>
{
    private readonly Argument<string[]> _images = ImageArguments.Many(
        "image", "Passport page images (PNG or JPEG), or folders whose .jpg, .jpeg and .png files to read.");

    /// <inheritdoc/>
    public override string ApiName => "ocr_passport";

    /// <inheritdoc/>
    public override string CommandName => "passport";

    /// <inheritdoc/>
    public override string Summary => "Read passport data pages: upload each image, wait for its task, print the document.";

    /// <inheritdoc/>
    public override string WhenFailed => "Progeny could not read the document. Try a sharper, well-lit photo of the whole data page.";

    /// <inheritdoc/>
    public override IReadOnlyList<string> FileRoles { get; } = ["file"];

    /// <inheritdoc/>
    public override bool TakesManyInputs => true;

    /// <inheritdoc/>
    public override IProgenyService<OcrPassportRequest, PassportOcrResult> ServiceOf(IProgenyClient client) => client.OcrPassport;

    /// <inheritdoc/>
    public override void AddArguments(Command command) => command.Add(_images);

    /// <inheritdoc/>
    public override IReadOnlyList<TaskInput<OcrPassportRequest>> ReadInputs(ParseResult parseResult, bool extendData, ICollection<string> problems) =>
        OnePerFile(parseResult.GetRequiredValue(_images), problems, new InputFile("file", string.Empty, nameof(OcrPassportRequest.PassportImage)), image => new OcrPassportRequest(image) { ExtendData = extendData });

    /// <inheritdoc/>
    public override void AddRows(ResultTable table, PassportOcrResult result) => table.Document(result.Document);

    /// <inheritdoc/>
    public override void WriteJson(Utf8JsonWriter writer, PassportOcrResult result) => JsonFields.Document(writer, result.Document);
}

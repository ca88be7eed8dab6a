using System.Text;

namespace Progeny.Sdk;

/// <summary>The result of a finished ocr_card task: the data read from an ID card or driving licence.</summary>
/// <remarks><see cref="object.ToString"/> never prints the holder's data.</remarks>
public sealed record CardOcrResult : ProgenyResult
{
    /// <summary>Gets the data read from the card's front and back.</summary>
    public CardDocument Document { get; init; } = new();

    /// <inheritdoc/>
    protected override bool PrintMembers(StringBuilder builder)
    {
        base.PrintMembers(builder);
        builder.Append(", Document = ").Append(Document);
        return true;
    }
}

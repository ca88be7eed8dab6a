using System.Text;
using System.Text.Json;

namespace Progeny.Sdk;

/// <summary>
/// The data read from an ID card or driving licence, front and back (ocr_card, kyc_card). Every field is optional.
/// </summary>
/// <remarks><see cref="object.ToString"/> never prints the holder's data, only which fields are present.</remarks>
public sealed record CardDocument : IdentityDocument
{
    /// <summary>
    /// Gets the document's other fields as the service sent them (for example a licence's categories or an address),
    /// by their wire names. Empty when there are none.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement> OtherFields { get; init; } = System.Collections.Frozen.FrozenDictionary<string, JsonElement>.Empty;

    /// <inheritdoc/>
    protected override bool PrintMembers(StringBuilder builder)
    {
        base.PrintMembers(builder);
        builder.Append(", OtherFields = [").AppendJoin(", ", OtherFields.Keys).Append(']');
        return true;
    }
}

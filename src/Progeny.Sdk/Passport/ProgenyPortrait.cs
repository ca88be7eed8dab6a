using System.Text;

namespace Progeny.Sdk;

/// <summary>A portrait cropped from a document, as downloaded from its <see cref="IdentityDocument.PortraitUrl"/>.</summary>
/// <remarks><see cref="ToString"/> prints the media type and size, never the image.</remarks>
public sealed record ProgenyPortrait
{
    /// <summary>Gets the image bytes, checked to be PNG or JPEG.</summary>
    public ReadOnlyMemory<byte> Content { get; init; }

    /// <summary>Gets the media type read from the bytes: <c>image/png</c> or <c>image/jpeg</c>.</summary>
    public string ContentType { get; init; } = "image/jpeg";

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("ContentType = ").Append(ContentType).Append(", Length = ").Append(Content.Length);
        return true;
    }
}

namespace Progeny.Sdk.Internal;

/// <summary>The portrait address of a document, for the download overloads that take a document.</summary>
internal static class PortraitAddress
{
    /// <exception cref="ArgumentException">The document has no portrait address.</exception>
    public static Uri Of(IdentityDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.PortraitUrl ?? throw new ArgumentException("The document has no portrait address (PortraitUrl).", nameof(document));
    }
}

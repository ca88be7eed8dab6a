namespace Progeny.Sdk;

/// <summary>One input of a journaled batch.</summary>
/// <typeparam name="TRequest">The service's request.</typeparam>
/// <param name="Key">
/// The caller's name for the input, stable across reruns: its file path, a document id. An input is identified by
/// the service, this key and the SHA-256 of <paramref name="Images"/>' bytes, so a file changed since the last run is
/// a new input. Stored in the journal; never logged.
/// </param>
/// <param name="Request">The request to send.</param>
/// <param name="Images">The images of <paramref name="Request"/>, hashed in this order; empty for a service without images.</param>
public sealed record ProgenyJournalItem<TRequest>(string Key, TRequest Request, IReadOnlyList<ProgenyImage> Images)
{
    /// <inheritdoc/>
    public override string ToString() => $"ProgenyJournalItem ({Images.Count} images)";
}

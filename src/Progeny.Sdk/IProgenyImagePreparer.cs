namespace Progeny.Sdk;

/// <summary>
/// Prepares every image a client uploads (for example Progeny.Sdk.Imaging, which orients, downsizes and strips
/// metadata) before the image is checked and sent. Register one in dependency injection to apply it to every image of
/// every service; without one, images are sent as given.
/// </summary>
public interface IProgenyImagePreparer
{
    /// <summary>Returns the image to upload in place of <paramref name="image"/>; it is then checked as any image is.</summary>
    /// <param name="image">The image a caller passed.</param>
    /// <param name="cancellationToken">Cancels the preparation; nothing has been sent yet.</param>
    /// <returns>The prepared image, or <paramref name="image"/> itself when there is nothing to change.</returns>
    /// <exception cref="ArgumentException">The image cannot be prepared (not decodable, too large); nothing is sent.</exception>
    ValueTask<ProgenyImage> PrepareAsync(ProgenyImage image, CancellationToken cancellationToken = default);
}

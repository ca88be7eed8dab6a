namespace Progeny.Sdk.Imaging;

/// <summary>An image prepared for upload, with the report of what was done to it.</summary>
/// <param name="Image">The image to upload: the prepared one, or the source itself when nothing had to change.</param>
/// <param name="Report">What was done, safe to log.</param>
public sealed record PreparedImage(ProgenyImage Image, ProgenyImagePreparationReport Report);

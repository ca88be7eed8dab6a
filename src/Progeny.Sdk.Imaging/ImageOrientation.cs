namespace Progeny.Sdk.Imaging;

/// <summary>
/// How an image's stored pixels must be turned to be seen upright: the EXIF <c>Orientation</c> tag, whose values
/// (1 to 8) are the members' values.
/// </summary>
public enum ImageOrientation
{
    /// <summary>Stored upright (EXIF 1), or no orientation recorded.</summary>
    Normal = 1,

    /// <summary>Mirrored left to right (EXIF 2).</summary>
    FlipHorizontal = 2,

    /// <summary>Upside down: turned 180° (EXIF 3).</summary>
    Rotate180 = 3,

    /// <summary>Mirrored top to bottom (EXIF 4).</summary>
    FlipVertical = 4,

    /// <summary>Mirrored across the top-left to bottom-right diagonal (EXIF 5).</summary>
    Transpose = 5,

    /// <summary>Turned 90° clockwise to be seen upright (EXIF 6): how most phones store a photo taken held upright.</summary>
    Rotate90 = 6,

    /// <summary>Mirrored across the top-right to bottom-left diagonal (EXIF 7).</summary>
    Transverse = 7,

    /// <summary>Turned 270° clockwise (90° counter-clockwise) to be seen upright (EXIF 8).</summary>
    Rotate270 = 8,
}

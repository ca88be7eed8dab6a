namespace Progeny.Sdk.Imaging;

/// <summary>The kinds of metadata an image carried. Names kinds only: never a value read from them.</summary>
[Flags]
public enum ImageMetadataKinds
{
    /// <summary>No metadata.</summary>
    None = 0,

    /// <summary>An EXIF block (JPEG APP1 or PNG <c>eXIf</c>): camera, timestamps, serial numbers, GPS position, thumbnail.</summary>
    Exif = 1,

    /// <summary>An XMP packet (JPEG APP1 or PNG <c>iTXt</c>): editing history, device and location data.</summary>
    Xmp = 2,

    /// <summary>An embedded ICC colour profile (JPEG APP2 or PNG <c>iCCP</c>); the pixels are converted to sRGB first.</summary>
    IccProfile = 4,

    /// <summary>A Photoshop/IPTC block (JPEG APP13): captions, names, places.</summary>
    Iptc = 8,

    /// <summary>A comment (JPEG <c>COM</c>) or text chunk (PNG <c>tEXt</c>, <c>zTXt</c>, <c>iTXt</c>).</summary>
    Comment = 16,

    /// <summary>Bytes after the end of the image: a motion photo's video, depth or gain maps, appended files.</summary>
    TrailingData = 32,

    /// <summary>Any other application block: multi-picture (MPF) indexes, JFIF thumbnails, vendor segments and chunks.</summary>
    Other = 64,
}

namespace Progeny.Sdk.Imaging;

/// <summary>The encoded format of an image, before or after preparation.</summary>
public enum ImageFormat
{
    /// <summary>JPEG.</summary>
    Jpeg,

    /// <summary>PNG.</summary>
    Png,
}

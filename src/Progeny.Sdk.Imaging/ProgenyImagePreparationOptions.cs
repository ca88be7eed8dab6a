namespace Progeny.Sdk.Imaging;

/// <summary>
/// Settings of a <see cref="ProgenyImagePreparer"/>: the size to shrink to, the JPEG quality and the limits that refuse
/// images too large to decode safely. Validated when the preparer is created.
/// </summary>
/// <remarks>
/// The defaults follow Progeny's documentation (at most 1080 px high) and keep a 12 MP phone photo's upload at about
/// 150–400 KB, well under the 1 MB body limit common gateways apply.
/// </remarks>
public sealed class ProgenyImagePreparationOptions
{
    /// <summary>Gets or sets the greatest height of a prepared image, in pixels, once it is upright.</summary>
    /// <value>Defaults to 1080, the height Progeny recommends. Between 1 and 16384. Images are never enlarged.</value>
    public int MaxHeight { get; set; } = 1080;

    /// <summary>Gets or sets the greatest width of a prepared image, in pixels, once it is upright.</summary>
    /// <value>Defaults to 1920, which bounds panoramas and other very wide images. Between 1 and 16384.</value>
    public int MaxWidth { get; set; } = 1920;

    /// <summary>Gets or sets the quality of the JPEG encoder, from 1 (smallest) to 100 (best).</summary>
    /// <value>Defaults to 85: text and faces stay sharp, and a 1440×1080 photo takes about 150–400 KB.</value>
    public int JpegQuality { get; set; } = 85;

    /// <summary>Gets or sets a value indicating whether PNG images are re-encoded as JPEG (transparency flattened on white).</summary>
    /// <value>Defaults to <see langword="false"/>: a PNG stays a lossless PNG.</value>
    public bool ConvertPngToJpeg { get; set; }

    /// <summary>Gets or sets the largest source image read, in bytes.</summary>
    /// <value>Defaults to 64 MiB. A larger image is refused with <see cref="ArgumentException"/>.</value>
    public long MaxSourceBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>Gets or sets the most pixels (width × height) a source image may declare, checked from its header before any decoding.</summary>
    /// <value>Defaults to 100 million (a 12 MP photo has 12 million). A larger image, such as a decompression bomb, is refused with <see cref="ArgumentException"/>.</value>
    public long MaxSourcePixels { get; set; } = 100_000_000;

    /// <summary>Gets or sets the greatest width or height a source image may declare, checked from its header before any decoding.</summary>
    /// <value>Defaults to 20000 pixels. A larger image is refused with <see cref="ArgumentException"/>.</value>
    public int MaxSourceDimension { get; set; } = 20_000;

    /// <summary>Gets or sets a callback that receives the report of each image prepared, e.g. to count the bytes saved.</summary>
    /// <value>Defaults to <see langword="null"/>. It runs on the preparing thread; an exception it throws is logged and the preparation goes on.</value>
    public Action<ProgenyImagePreparationReport>? OnPrepared { get; set; }
}

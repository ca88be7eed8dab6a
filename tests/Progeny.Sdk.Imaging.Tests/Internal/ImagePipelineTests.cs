using Progeny.Sdk.Imaging.Internal;
using SkiaSharp;

namespace Progeny.Sdk.Imaging.Tests.Internal;

public class ImagePipelineTests
{
    [Fact]
    public void Decode_TwelveMegapixelJpegShrunkTo1080_DecodesThreeEighthsOfEachSideOnly()
    {
        using var codec = SKCodec.Create(new MemoryStream(TestPhotos.TwelveMegapixelPortrait));

        // Stored 4000×3000, upright 3000×4000, prepared 810×1080: stored 1080×810 is the least the decode must cover.
        using var decoded = ImagePipeline.Decode(codec, new SKSizeI(1080, 810), ImageFormat.Jpeg);

        (decoded.Width, decoded.Height).ShouldBe((1500, 1125));
    }

    [Fact]
    public void Decode_PngShrunk_DecodesWhole()
    {
        using var scene = TestPhotos.Scene(2000, 1500);
        using var codec = SKCodec.Create(new MemoryStream(TestPhotos.Png(scene)));

        using var decoded = ImagePipeline.Decode(codec, new SKSizeI(1440, 1080), ImageFormat.Png);

        (decoded.Width, decoded.Height).ShouldBe((2000, 1500));
    }
}

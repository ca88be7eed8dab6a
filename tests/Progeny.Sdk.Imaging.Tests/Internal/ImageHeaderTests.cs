using Progeny.Sdk.Imaging.Internal;

namespace Progeny.Sdk.Imaging.Tests.Internal;

public class ImageHeaderTests
{
    [Fact]
    public void Read_PlainJpegFromAnEncoder_HasItsSizeAndNoMetadata()
    {
        using var scene = TestPhotos.Scene(321, 123);

        var header = ImageHeader.Read(TestPhotos.Jpeg(scene));

        header.ShouldBe(new ImageHeader(ImageFormat.Jpeg, 321, 123, null, ImageMetadataKinds.None));
    }

    [Fact]
    public void Read_JpegWithEachBlock_NamesEachKindAndTheFirstExifOrientation()
    {
        using var scene = TestPhotos.Scene(64, 48);
        var jpeg = ImageEditing.InsertIntoJpeg(TestPhotos.Jpeg(scene),
        [
            ImageEditing.XmpSegment(), ImageEditing.ExifSegment(7, littleEndian: true), ImageEditing.ExifSegment(2), ImageEditing.IptcSegment(),
            ImageEditing.CommentSegment(), ImageEditing.Segment(0xEE, [.. "Adobe"u8, 0, 100, 0, 0, 0, 0, 1]),
        ]);

        var header = ImageHeader.Read(jpeg);

        header.Orientation.ShouldBe(ImageOrientation.Transverse);
        header.Metadata.ShouldBe(ImageMetadataKinds.Exif | ImageMetadataKinds.Xmp | ImageMetadataKinds.Iptc | ImageMetadataKinds.Comment);
    }

    [Theory]
    [InlineData(0xE2, "ICC_PROFILE\0", ImageMetadataKinds.IccProfile)]
    [InlineData(0xE2, "MPF\0", ImageMetadataKinds.Other)]
    [InlineData(0xE0, "JFXX\0", ImageMetadataKinds.Other)]
    [InlineData(0xEB, "HDR_CCDB\0", ImageMetadataKinds.Other)]
    [InlineData(0xE1, "http://ns.adobe.com/xmp/extension/\0", ImageMetadataKinds.Xmp)]
    public void Read_JpegApplicationSegment_IsClassifiedBySignature(byte marker, string signature, ImageMetadataKinds kind)
    {
        using var scene = TestPhotos.Scene(64, 48);
        var jpeg = ImageEditing.InsertIntoJpeg(TestPhotos.Jpeg(scene), [ImageEditing.Segment(marker, [.. System.Text.Encoding.ASCII.GetBytes(signature), 1, 2, 3])]);

        ImageHeader.Read(jpeg).Metadata.ShouldBe(kind);
    }

    [Fact]
    public void Read_JpegWithBytesAfterItsEnd_HasTrailingData()
    {
        using var scene = TestPhotos.Scene(64, 48, detail: true);

        ImageHeader.Read([.. TestPhotos.Jpeg(scene), .. ImageEditing.Trailer()]).Metadata.ShouldBe(ImageMetadataKinds.TrailingData);
    }

    [Fact]
    public void Read_PngWithMetadataChunksAndTrailer_NamesEachKindAndTheExifOrientation()
    {
        using var scene = TestPhotos.Scene(64, 48);
        var png = ImageEditing.InsertIntoPng(TestPhotos.Png(scene),
            [.. ImageEditing.PngMetadataChunks(orientation: 5), ImageEditing.Chunk("tIME", new byte[7]), ImageEditing.Chunk("pHYs", new byte[9])],
            ImageEditing.Trailer());

        var header = ImageHeader.Read(png);

        header.ShouldBe(new ImageHeader(ImageFormat.Png, 64, 48, ImageOrientation.Transpose,
            ImageMetadataKinds.Exif | ImageMetadataKinds.Xmp | ImageMetadataKinds.Comment | ImageMetadataKinds.Other | ImageMetadataKinds.TrailingData));
    }

    [Fact]
    public void Read_PngDeclaringMoreThanInt32Pixels_IsClampedForTheLimitCheck()
    {
        ImageHeader.Read(ImageEditing.PngHeaderOnly(uint.MaxValue, 1)).Width.ShouldBe(int.MaxValue);
    }

    [Fact]
    public void Read_EveryTruncationOfAJpegHeader_IsAClearArgumentException()
    {
        using var scene = TestPhotos.Scene(64, 48);
        var jpeg = ImageEditing.InsertIntoJpeg(TestPhotos.Jpeg(scene), [ImageEditing.ExifSegment(6)]);
        var startOfScan = jpeg.AsSpan().IndexOf([(byte)0xFF, (byte)0xDA]);

        for (var length = 3; length < startOfScan + 4; length++)
        {
            Should.Throw<ArgumentException>(() => ImageHeader.Read(jpeg.AsSpan(0, length))).Message
                .ShouldBe("The image is not a readable JPEG: its header is truncated or corrupt.");
        }
    }
}

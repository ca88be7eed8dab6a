using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Progeny.Sdk.Imaging.Tests.Support;
using SkiaSharp;

namespace Progeny.Sdk.Imaging.Tests;

public class ProgenyImagePreparerTests
{
    private const string PersonalFileName = "SPECIMEN-ANNA-X1234567.jpg";

    private static readonly ProgenyImagePreparer Preparer = new();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public async Task PrepareWithReportAsync_EachExifOrientation_ComesOutUpright(int orientation)
    {
        var photo = TestPhotos.PhonePhoto(320, 240, orientation);
        if (orientation != 1)
        {
            using var stored = Pixels.Decode(photo);
            Should.Throw<ShouldAssertException>(stored.ShouldBeUprightScene, "as stored, the scene is not upright");
        }

        var prepared = await Preparer.PrepareWithReportAsync(ProgenyImage.FromBytes(photo, "photo.jpg"));

        using var pixels = Pixels.Decode(await Bytes.Of(prepared.Image));
        (pixels.Width, pixels.Height).ShouldBe((320, 240));
        pixels.ShouldBeUprightScene();
        prepared.Report.AppliedOrientation.ShouldBe((ImageOrientation)orientation);
        (prepared.Report.OriginalWidth, prepared.Report.OriginalHeight).ShouldBe(orientation >= 5 ? (240, 320) : (320, 240));
        (prepared.Report.Width, prepared.Report.Height).ShouldBe((320, 240));
    }

    [Theory]
    [InlineData(6, false)]
    [InlineData(8, true)]
    [InlineData(3, true)]
    public async Task PrepareWithReportAsync_OrientationTagStoredAsLong_IsReadFromTheFilesExifBlock(int orientation, bool littleEndian)
    {
        var photo = TestPhotos.PhonePhoto(320, 240, orientation, littleEndian: littleEndian, orientationAsLong: true);
        using (var codec = SKCodec.Create(new MemoryStream(photo)))
        {
            codec.EncodedOrigin.ShouldBe(SKEncodedOrigin.TopLeft, "Skia's codec reports no orientation for a LONG tag");
        }

        var prepared = await Preparer.PrepareWithReportAsync(ProgenyImage.FromBytes(photo, "photo.jpg"));

        using var pixels = Pixels.Decode(await Bytes.Of(prepared.Image));
        pixels.ShouldBeUprightScene();
        prepared.Report.AppliedOrientation.ShouldBe((ImageOrientation)orientation);
    }

    [Fact]
    public async Task PrepareWithReportAsync_PngWithExifChunk_IsTurnedUprightAndStaysPng()
    {
        using var scene = TestPhotos.Scene(320, 240);
        using var stored = TestPhotos.Stored(scene, 6);
        var png = ImageEditing.InsertIntoPng(TestPhotos.Png(stored), ImageEditing.PngMetadataChunks(orientation: 6));
        using (var codec = SKCodec.Create(new MemoryStream(png)))
        {
            codec.EncodedOrigin.ShouldBe(SKEncodedOrigin.TopLeft, "Skia's codec reads no PNG eXIf chunk");
        }

        var prepared = await Preparer.PrepareWithReportAsync(ProgenyImage.FromBytes(png, "scan.png"));

        var bytes = await Bytes.Of(prepared.Image);
        using var pixels = Pixels.Decode(bytes);
        pixels.ShouldBeUprightScene();
        prepared.Report.AppliedOrientation.ShouldBe(ImageOrientation.Rotate90);
        prepared.Report.Format.ShouldBe(ImageFormat.Png);
        prepared.Report.RemovedMetadata.ShouldBe(ImageMetadataKinds.Exif | ImageMetadataKinds.Xmp | ImageMetadataKinds.Comment);
        EncodedStructure.Of(bytes).Blocks.ShouldBeSubsetOf(["IHDR", "sBIT", "IDAT", "IEND"]);
        Canaries.FoundIn(bytes).ShouldBeEmpty();
        prepared.Image.FileName.ShouldBe("scan.png");
    }

    [Fact]
    public async Task PrepareWithReportAsync_TwelveMegapixelPortraitTaggedRotate90_IsUprightAtMost1080HighUnder400KB()
    {
        var photo = TestPhotos.TwelveMegapixelPortrait;

        var prepared = await Preparer.PrepareWithReportAsync(ProgenyImage.FromBytes(photo, "photo.jpg"));

        var report = prepared.Report;
        (report.OriginalWidth, report.OriginalHeight, report.OriginalByteCount).ShouldBe((4000, 3000, photo.Length));
        photo.Length.ShouldBeGreaterThan(1_000_000, "a phone photo is over the 1 MB gateway limit");
        (report.Width, report.Height).ShouldBe((810, 1080));
        report.ByteCount.ShouldBeLessThan(400 * 1024);
        report.AppliedOrientation.ShouldBe(ImageOrientation.Rotate90);
        report.RemovedMetadata.ShouldBe(ImageMetadataKinds.Exif);
        report.IsReencoded.ShouldBeTrue();
        var bytes = await Bytes.Of(prepared.Image);
        bytes.Length.ShouldBe((int)report.ByteCount);
        using var pixels = Pixels.Decode(bytes);
        (pixels.Width, pixels.Height).ShouldBe((810, 1080));
        pixels.ShouldBeUprightScene();
        Canaries.FoundIn(bytes).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(4000, 3000, 1440, 1080)]
    [InlineData(1080, 1920, 608, 1080)]
    [InlineData(4000, 1000, 1920, 480)]
    [InlineData(1920, 1080, 1920, 1080)]
    [InlineData(200, 100, 200, 100)]
    public async Task PrepareWithReportAsync_UprightPhoto_FitsWithinMaxHeightAndMaxWidthAndIsNeverEnlarged(int width, int height, int expectedWidth, int expectedHeight)
    {
        var photo = TestPhotos.PhonePhoto(width, height, orientation: 1);

        var prepared = await Preparer.PrepareWithReportAsync(ProgenyImage.FromBytes(photo, "photo.jpg"));

        using var pixels = Pixels.Decode(await Bytes.Of(prepared.Image));
        (pixels.Width, pixels.Height).ShouldBe((expectedWidth, expectedHeight));
        (prepared.Report.Width, prepared.Report.Height).ShouldBe((expectedWidth, expectedHeight));
        pixels.ShouldBeUprightScene();
    }

    [Fact]
    public async Task PrepareWithReportAsync_CustomMaxHeight_IsTheHeightOfTheResult()
    {
        var preparer = new ProgenyImagePreparer(new ProgenyImagePreparationOptions { MaxHeight = 500 });

        var prepared = await preparer.PrepareWithReportAsync(ProgenyImage.FromBytes(TestPhotos.PhonePhoto(1600, 1200, orientation: 8), "photo.jpg"));

        (prepared.Report.Width, prepared.Report.Height).ShouldBe((667, 500));
    }

    [Fact]
    public async Task PrepareWithReportAsync_LowerJpegQuality_GivesSmallerOutput()
    {
        var photo = TestPhotos.PhonePhoto(1600, 1200, orientation: 1, detail: true);

        var low = await new ProgenyImagePreparer(new ProgenyImagePreparationOptions { JpegQuality = 40 }).PrepareWithReportAsync(ProgenyImage.FromBytes(photo, "photo.jpg"));
        var high = await new ProgenyImagePreparer(new ProgenyImagePreparationOptions { JpegQuality = 95 }).PrepareWithReportAsync(ProgenyImage.FromBytes(photo, "photo.jpg"));

        low.Report.ByteCount.ShouldBeLessThan(high.Report.ByteCount / 2);
    }

    [Fact]
    public async Task PrepareWithReportAsync_JpegWithEveryKindOfMetadata_UploadsNoneOfIt()
    {
        using var scene = TestPhotos.Scene(640, 480);
        var source = ImageEditing.InsertIntoJpeg(
            TestPhotos.Jpeg(scene),
            [ImageEditing.ExifSegment(1), ImageEditing.XmpSegment(), ImageEditing.IptcSegment(), ImageEditing.CommentSegment(), ImageEditing.Segment(0xE2, [.. "MPF\0"u8, 0, 0])],
            ImageEditing.Trailer());
        Canaries.FoundIn(source).Count.ShouldBeGreaterThanOrEqualTo(8);

        var prepared = await Preparer.PrepareWithReportAsync(ProgenyImage.FromBytes(source, "photo.jpg"));

        var bytes = await Bytes.Of(prepared.Image);
        var structure = EncodedStructure.Of(bytes);
        structure.Blocks.Where(block => block.StartsWith("APP", StringComparison.Ordinal)).ShouldBe(["APP0 JFIF"]);
        structure.Blocks.ShouldNotContain("COM");
        structure.TrailingBytes.ShouldBe(0);
        Canaries.FoundIn(bytes).ShouldBeEmpty();
        prepared.Report.RemovedMetadata.ShouldBe(ImageMetadataKinds.Exif | ImageMetadataKinds.Xmp | ImageMetadataKinds.Iptc
            | ImageMetadataKinds.Comment | ImageMetadataKinds.TrailingData | ImageMetadataKinds.Other);
        using var pixels = Pixels.Decode(bytes);
        pixels.ShouldBeUprightScene();
    }

    [Fact]
    public async Task PrepareWithReportAsync_JpegWithWideGamutIccProfile_IsConvertedToSrgbAndSentUntagged()
    {
        var rec2020 = SKColorSpace.CreateRgb(SKColorSpaceTransferFn.Srgb, SKColorSpaceXyz.Rec2020);
        using var wide = new SKBitmap(new SKImageInfo(64, 64, SKColorType.Rgba8888, SKAlphaType.Opaque, rec2020));
        var pixels = wide.GetPixelSpan();
        for (var i = 0; i < pixels.Length; i += 4)
        {
            (pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]) = ((byte)60, (byte)160, (byte)60, (byte)255); // Rec. 2020 values
        }

        var source = TestPhotos.Jpeg(wide);
        EncodedStructure.Of(source).Blocks.ShouldContain("APP2 ICC_PROFILE");
        using var expected = SKBitmap.Decode(source, new SKImageInfo(64, 64, SKColorType.Rgba8888, SKAlphaType.Opaque, SKColorSpace.CreateSrgb()));
        var srgb = expected.GetPixel(32, 32);
        Math.Abs(srgb.Red - 60).ShouldBeGreaterThan(40, "the profile matters: read untagged, the colour would be wrong");

        var prepared = await Preparer.PrepareWithReportAsync(ProgenyImage.FromBytes(source, "photo.jpg"));

        var bytes = await Bytes.Of(prepared.Image);
        EncodedStructure.Of(bytes).Blocks.ShouldNotContain(block => block.StartsWith("APP2", StringComparison.Ordinal));
        prepared.Report.RemovedMetadata.ShouldBe(ImageMetadataKinds.IccProfile);
        using var output = Pixels.Decode(bytes);
        output.At(0.5, 0.5).ShouldBeNear(srgb, "centre", tolerance: 6);
    }

    [Fact]
    public async Task PrepareWithReportAsync_UprightSmallCleanJpeg_IsSentAsItIs()
    {
        using var scene = TestPhotos.Scene(640, 480);
        var image = ProgenyImage.FromBytes(TestPhotos.Jpeg(scene), "photo.jpg");

        var prepared = await Preparer.PrepareWithReportAsync(image);

        prepared.Image.ShouldBeSameAs(image);
        prepared.Report.IsReencoded.ShouldBeFalse();
        prepared.Report.ByteCount.ShouldBe(prepared.Report.OriginalByteCount);
        prepared.Report.RemovedMetadata.ShouldBe(ImageMetadataKinds.None);
        (prepared.Report.Width, prepared.Report.Height).ShouldBe((640, 480));
    }

    [Fact]
    public async Task PrepareWithReportAsync_PngWithTransparency_StaysALosslessPngWithItsAlpha()
    {
        var source = TransparentPng(2000, 1500);

        var prepared = await Preparer.PrepareWithReportAsync(ProgenyImage.FromBytes(source, "scan.png"));

        prepared.Report.Format.ShouldBe(ImageFormat.Png);
        prepared.Image.FileName.ShouldBe("scan.png");
        var bytes = await Bytes.Of(prepared.Image);
        EncodedStructure.Of(bytes).Blocks[0].ShouldBe("IHDR");
        using var pixels = Pixels.Decode(bytes);
        (pixels.Width, pixels.Height).ShouldBe((1440, 1080));
        pixels.At(0.5, 0.5).Alpha.ShouldBe((byte)0);
        pixels.At(0.05, 0.05).ShouldBeNear(TestPhotos.TopLeft, "opaque corner");
    }

    [Fact]
    public async Task PrepareWithReportAsync_PngConvertedToJpeg_IsFlattenedOnWhite()
    {
        var preparer = new ProgenyImagePreparer(new ProgenyImagePreparationOptions { ConvertPngToJpeg = true });

        var prepared = await preparer.PrepareWithReportAsync(ProgenyImage.FromBytes(TransparentPng(2000, 1500), "scan.png"));

        prepared.Report.Format.ShouldBe(ImageFormat.Jpeg);
        prepared.Report.OriginalFormat.ShouldBe(ImageFormat.Png);
        prepared.Image.FileName.ShouldBe("scan.jpg");
        var bytes = await Bytes.Of(prepared.Image);
        EncodedStructure.Of(bytes).Blocks[0].ShouldBe("APP0 JFIF");
        using var pixels = Pixels.Decode(bytes);
        pixels.At(0.5, 0.5).ShouldBeNear(SKColors.White, "transparent centre", tolerance: 4);
        pixels.At(0.05, 0.05).ShouldBeNear(TestPhotos.TopLeft, "opaque corner");
    }

    [Fact]
    public async Task PrepareWithReportAsync_PngDeclaring100000By100000Pixels_IsRefusedBeforeDecoding()
    {
        var bomb = ImageEditing.PngHeaderOnly(100_000, 100_000);

        var exception = await Should.ThrowAsync<ArgumentException>(() => Preparer.PrepareWithReportAsync(ProgenyImage.FromBytes(bomb, "bomb.png")).AsTask());

        exception.Message.ShouldBe("The image declares 100000×100000 pixels: a side over MaxSourceDimension (20000 pixels). It is not decoded.");
    }

    [Fact]
    public async Task PrepareWithReportAsync_JpegDeclaringTooManyPixels_IsRefusedBeforeDecoding()
    {
        var bomb = ImageEditing.JpegHeaderOnly(15_000, 15_000);

        var exception = await Should.ThrowAsync<ArgumentException>(() => Preparer.PrepareWithReportAsync(ProgenyImage.FromBytes(bomb, "bomb.jpg")).AsTask());

        exception.Message.ShouldBe("The image declares 15000×15000 pixels, over MaxSourcePixels (100000000). It is not decoded.");
    }

    [Fact]
    public async Task PrepareWithReportAsync_RealImageOverAConfiguredPixelLimit_IsRefused()
    {
        var preparer = new ProgenyImagePreparer(new ProgenyImagePreparationOptions { MaxSourcePixels = 320 * 240 - 1 });

        var exception = await Should.ThrowAsync<ArgumentException>(() => preparer.PrepareWithReportAsync(ProgenyImage.FromBytes(TestPhotos.PhonePhoto(320, 240, 6), "photo.jpg")).AsTask());

        exception.Message.ShouldContain("MaxSourcePixels (76799)");
    }

    [Theory]
    [InlineData("jpeg")]
    [InlineData("png")]
    public async Task PrepareWithReportAsync_TruncatedImage_IsRefusedAsTruncated(string format)
    {
        using var scene = TestPhotos.Scene(640, 480, detail: true);
        var whole = format == "png" ? TestPhotos.Png(scene) : TestPhotos.Jpeg(scene);
        var truncated = whole[..(whole.Length * 6 / 10)];

        var exception = await Should.ThrowAsync<ArgumentException>(() => Preparer.PrepareWithReportAsync(ProgenyImage.FromBytes(truncated, PersonalFileName)).AsTask());

        exception.Message.ShouldBe($"The image is a truncated {format.ToUpperInvariant()}: its pixels end before the image does.");
    }

    [Fact]
    public async Task PrepareWithReportAsync_SmallCleanJpegTruncated_IsRefusedThoughNothingElseWouldChange()
    {
        using var scene = TestPhotos.Scene(640, 480, detail: true);
        var jpeg = TestPhotos.Jpeg(scene);

        await Should.ThrowAsync<ArgumentException>(() => Preparer.PrepareWithReportAsync(ProgenyImage.FromBytes(jpeg.AsMemory(0, jpeg.Length / 2), "photo.jpg")).AsTask());
    }

    [Theory]
    [InlineData(new byte[0], "The image is empty.")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0 }, "The image is neither PNG nor JPEG: its first bytes match neither format.")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x7F, 0x00, 1, 2, 3 }, "The image is not a readable JPEG: its header is truncated or corrupt.")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48 }, "The image is not a readable PNG: its header is truncated or corrupt.")]
    public async Task PrepareWithReportAsync_NotAnImage_IsRefusedWithAClearMessage(byte[] content, string message)
    {
        var exception = await Should.ThrowAsync<ArgumentException>(() => Preparer.PrepareWithReportAsync(ProgenyImage.FromBytes(content, PersonalFileName)).AsTask());

        exception.Message.ShouldBe(message);
    }

    [Fact]
    public async Task PrepareWithReportAsync_JpegWithoutTablesOrScanData_IsRefusedAsCorrupt()
    {
        var exception = await Should.ThrowAsync<ArgumentException>(() => Preparer.PrepareWithReportAsync(ProgenyImage.FromBytes(ImageEditing.JpegHeaderOnly(64, 64), PersonalFileName)).AsTask());

        exception.Message.ShouldStartWith("The image is not a decodable JPEG: it is corrupt");
        exception.Message.ShouldNotContain("SPECIMEN");
    }

    [Fact]
    public async Task PrepareWithReportAsync_ImageOverMaxSourceBytes_IsRefused()
    {
        var preparer = new ProgenyImagePreparer(new ProgenyImagePreparationOptions { MaxSourceBytes = 1000 });
        var photo = TestPhotos.PhonePhoto(320, 240, 1);

        var exception = await Should.ThrowAsync<ArgumentException>(() => preparer.PrepareWithReportAsync(ProgenyImage.FromStream(new ForwardOnlyStream(new MemoryStream(photo)), "photo.jpg")).AsTask());

        exception.Message.ShouldBe("The image is larger than MaxSourceBytes (1000 bytes).");
    }

    [Fact]
    public async Task PrepareAsync_FileSeekableAndForwardOnlyStreams_GiveTheBytesOfTheSameImageInMemory()
    {
        var photo = TestPhotos.PhonePhoto(1600, 1200, 6, detail: true);
        var path = Path.Combine(Path.GetTempPath(), $"progeny-imaging-{Guid.NewGuid():N}.jpg");
        await File.WriteAllBytesAsync(path, photo);
        try
        {
            var expected = await Bytes.Of(await Preparer.PrepareAsync(ProgenyImage.FromBytes(photo, "photo.jpg")));
            using var seekable = new MemoryStream([.. new byte[7], .. photo]) { Position = 7 };

            (await Bytes.Of(await Preparer.PrepareAsync(ProgenyImage.FromFile(path)))).ShouldBe(expected);
            (await Bytes.Of(await Preparer.PrepareAsync(ProgenyImage.FromStream(seekable, "photo.jpg")))).ShouldBe(expected);
            (await Bytes.Of(await Preparer.PrepareAsync(ProgenyImage.FromStream(new ForwardOnlyStream(new MemoryStream(photo), maxBytesPerRead: 1000), "photo.jpg")))).ShouldBe(expected);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task PrepareAsync_MissingFile_ThrowsFileNotFound()
    {
        await Should.ThrowAsync<FileNotFoundException>(() => Preparer.PrepareAsync(ProgenyImage.FromFile(Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.jpg"))).AsTask());
    }

    [Fact]
    public async Task PrepareAsync_CancelledToken_ThrowsOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => Preparer.PrepareAsync(ProgenyImage.FromBytes(TestPhotos.PhonePhoto(320, 240, 6), "photo.jpg"), cancelled.Token).AsTask());
    }

    [Fact]
    public async Task PrepareWithReportAsync_Report_NamesFormatsSizesAndKindsButNoValue()
    {
        var source = ImageEditing.InsertIntoJpeg(TestPhotos.PhonePhoto(1600, 1200, 6), [ImageEditing.XmpSegment(), ImageEditing.CommentSegment()]);

        var prepared = await Preparer.PrepareWithReportAsync(ProgenyImage.FromBytes(source, PersonalFileName));

        var text = prepared.ToString();
        text.ShouldContain("AppliedOrientation = Rotate90");
        text.ShouldContain("RemovedMetadata = Exif, Xmp, Comment");
        text.ShouldContain("OriginalWidth = 1200, OriginalHeight = 1600");
        text.ShouldContain("Width = 1440, Height = 1080");
        text.ShouldContain($"SavedByteCount = {source.Length - prepared.Report.ByteCount}");
        Canaries.FoundIn(text).ShouldBeEmpty();
        text.ShouldNotContain("SPECIMEN");
    }

    [Fact]
    public async Task PrepareAsync_WithLoggerFactory_LogsTheReportAtDebugWithoutValues()
    {
        using var logs = new FakeLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        var preparer = new ProgenyImagePreparer(loggerFactory: loggerFactory);

        await preparer.PrepareAsync(ProgenyImage.FromBytes(TestPhotos.PhonePhoto(1600, 1200, 6), PersonalFileName));

        var record = logs.Collector.GetSnapshot().ShouldHaveSingleItem();
        record.Level.ShouldBe(LogLevel.Debug);
        record.Category.ShouldBe("Progeny.Sdk.Imaging.ProgenyImagePreparer");
        record.Message.ShouldStartWith("Prepared an image: Jpeg 1200x1600 of ");
        record.Message.ShouldContain("to Jpeg 1440x1080 of ");
        record.Message.ShouldContain("orientation applied: Rotate90; metadata removed: Exif; re-encoded: True");
        Canaries.FoundIn(record.Message).ShouldBeEmpty();
        record.Message.ShouldNotContain("SPECIMEN");
    }

    [Fact]
    public async Task PrepareAsync_OnPrepared_ReceivesEachReport()
    {
        var reports = new List<ProgenyImagePreparationReport>();
        var preparer = new ProgenyImagePreparer(new ProgenyImagePreparationOptions { OnPrepared = reports.Add });

        var prepared = await preparer.PrepareWithReportAsync(ProgenyImage.FromBytes(TestPhotos.PhonePhoto(320, 240, 3), "photo.jpg"));

        reports.ShouldHaveSingleItem().ShouldBe(prepared.Report);
    }

    [Fact]
    public async Task PrepareAsync_OnPreparedThrows_LogsAWarningAndReturnsThePreparedImage()
    {
        using var logs = new FakeLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(logs));
        var preparer = new ProgenyImagePreparer(new ProgenyImagePreparationOptions { OnPrepared = _ => throw new InvalidOperationException("observer bug") }, loggerFactory);

        var image = await preparer.PrepareAsync(ProgenyImage.FromBytes(TestPhotos.PhonePhoto(320, 240, 3), "photo.jpg"));

        using var pixels = Pixels.Decode(await Bytes.Of(image));
        pixels.ShouldBeUprightScene();
        var warning = logs.Collector.GetSnapshot().ShouldHaveSingleItem(); // Debug is below the default minimum
        warning.Level.ShouldBe(LogLevel.Warning);
        warning.Exception.ShouldBeOfType<InvalidOperationException>();
    }

    [Fact]
    public async Task PrepareAsync_OptionsChangedAfterConstruction_AreNotApplied()
    {
        var options = new ProgenyImagePreparationOptions { MaxHeight = 600 };
        var preparer = new ProgenyImagePreparer(options);
        options.MaxHeight = 100;

        var prepared = await preparer.PrepareWithReportAsync(ProgenyImage.FromBytes(TestPhotos.PhonePhoto(1600, 1200, 1), "photo.jpg"));

        prepared.Report.Height.ShouldBe(600);
    }

    /// <summary>An RGBA PNG: opaque corner blocks on a fully transparent middle.</summary>
    private static byte[] TransparentPng(int width, int height)
    {
        using var scene = TestPhotos.Scene(width, height);
        using var transparent = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        using (var canvas = new SKCanvas(transparent))
        {
            canvas.Clear(SKColors.Transparent);
            using var image = SKImage.FromBitmap(scene);
            using var clear = new SKPaint { BlendMode = SKBlendMode.Clear };
            canvas.DrawImage(image, 0, 0, SKSamplingOptions.Default);
            canvas.DrawRect(width * 0.3f, height * 0.3f, width * 0.4f, height * 0.4f, clear);
        }

        return TestPhotos.Png(transparent);
    }
}

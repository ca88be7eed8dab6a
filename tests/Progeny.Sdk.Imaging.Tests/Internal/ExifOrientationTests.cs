using Progeny.Sdk.Imaging.Internal;

namespace Progeny.Sdk.Imaging.Tests.Internal;

public class ExifOrientationTests
{
    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Read_EitherByteOrderShortOrLong_ReadsEachOrientation(bool littleEndian, bool asLong)
    {
        for (var value = 1; value <= 8; value++)
        {
            ExifOrientation.Read(ExifBlock.Tiff(value, littleEndian, asLong)).ShouldBe((ImageOrientation)value);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(65535)]
    public void Read_ValueOutOfRange_IsNoOrientation(int value)
    {
        ExifOrientation.Read(ExifBlock.Tiff(value)).ShouldBeNull();
    }

    [Fact]
    public void Read_NoOrientationTag_IsNoOrientation()
    {
        ExifOrientation.Read(ExifBlock.Tiff(orientation: null)).ShouldBeNull();
    }

    [Fact]
    public void Read_EveryTruncationOfABlock_NeverThrows()
    {
        var tiff = ExifBlock.Tiff(6);
        for (var length = 0; length < tiff.Length; length++)
        {
            var orientation = ExifOrientation.Read(tiff.AsSpan(0, length));
            (orientation is null or ImageOrientation.Rotate90).ShouldBeTrue();
        }
    }

    [Theory]
    [InlineData(new byte[] { 0x49, 0x49, 0x2B, 0x00, 8, 0, 0, 0, 0, 0 })] // BigTIFF magic
    [InlineData(new byte[] { 0x4D, 0x4D, 0x00, 0x2A, 0xFF, 0xFF, 0xFF, 0xF0, 0, 0 })] // directory beyond the end
    [InlineData(new byte[] { 0x58, 0x58, 0x00, 0x2A, 0, 0, 0, 8, 0, 0 })] // no byte order
    [InlineData(new byte[] { 0x4D, 0x4D, 0x00, 0x2A, 0, 0, 0, 8, 0xFF, 0xFF, 0x01, 0x12 })] // 65535 entries declared, one cut short
    public void Read_MalformedBlock_IsNoOrientation(byte[] tiff)
    {
        ExifOrientation.Read(tiff).ShouldBeNull();
    }
}

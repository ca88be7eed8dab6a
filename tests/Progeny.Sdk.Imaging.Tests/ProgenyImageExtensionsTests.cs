using Progeny.Sdk.Imaging.Tests.Support;
using Progeny.Sdk.Testing;

namespace Progeny.Sdk.Imaging.Tests;

public class ProgenyImageExtensionsTests
{
    [Fact]
    public async Task PrepareAsync_WithoutDependencyInjection_UploadsThePreparedImageInOneLine()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = fake.CreateClient();
        var photo = TestPhotos.PhonePhoto(1600, 1200, orientation: 8, detail: true);

        await client.OcrPassportAsync(await ProgenyImage.FromBytes(photo, "passport.jpg").PrepareAsync());

        var expected = await Bytes.Of(await new ProgenyImagePreparer().PrepareAsync(ProgenyImage.FromBytes(photo, "passport.jpg")));
        var upload = fake.Recording.Uploads.ShouldHaveSingleItem();
        upload.FileSha256.ShouldBe(Bytes.Sha256(expected));
        upload.FileLength.ShouldBe(expected.Length);
        using var pixels = Pixels.Decode(expected);
        (pixels.Width, pixels.Height).ShouldBe((1440, 1080));
        pixels.ShouldBeUprightScene();
    }

    [Fact]
    public async Task PrepareAsync_Options_AreApplied()
    {
        var image = await ProgenyImage.FromBytes(TestPhotos.PhonePhoto(1600, 1200, orientation: 1), "photo.jpg").PrepareAsync(new ProgenyImagePreparationOptions { MaxHeight = 300 });

        using var pixels = Pixels.Decode(await Bytes.Of(image));
        pixels.Height.ShouldBe(300);
    }
}

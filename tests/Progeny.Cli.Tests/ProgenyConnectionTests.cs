using System.Security.Cryptography;
using Progeny.Sdk;
using Progeny.Sdk.Imaging;
using Progeny.Sdk.Testing;

namespace Progeny.Cli.Tests;

public sealed class ProgenyConnectionTests
{
    [Fact]
    public async Task Passport_PhonePhoto_IsUploadedPreparedAndTheRunSaysHowManyBytesItSaved()
    {
        await using var server = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { MaxRequestBodyBytes = 1024 * 1024 });
        using var folder = new TemporaryFolder();
        var photo = TestPhotos.TwelveMegapixelPortrait;
        await File.WriteAllBytesAsync(folder.PathOf("phone.jpg"), photo);

        var run = await CliRun.RunAsync(["passport", folder.PathOf("phone.jpg"), .. FakeServerArguments.ConnectTo(server)]);

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        var prepared = await new ProgenyImagePreparer().PrepareWithReportAsync(ProgenyImage.FromBytes(photo, "phone.jpg"));
        var upload = server.Recording.Uploads.ShouldHaveSingleItem();
        upload.FileLength.ShouldBe(prepared.Report.ByteCount);
        upload.FileLength.ShouldBeLessThan(400 * 1024);
        upload.FileSha256.ShouldBe(await Sha256Async(prepared.Image));
        run.Error.ShouldContain($"prepared 1 image before upload (upright, at most 1080 px high, metadata removed): {photo.Length / (1024.0 * 1024):0.#} MB became ");
        run.Error.ShouldContain(" saved. --no-prepare sends the originals.");
    }

    [Fact]
    public async Task Passport_NoPrepare_UploadsTheOriginalBytes()
    {
        await using var server = await ProgenyFakeServer.StartAsync();
        using var folder = new TemporaryFolder();
        var photo = TestPhotos.PhonePhoto(1600, 1200, orientation: 6);
        await File.WriteAllBytesAsync(folder.PathOf("phone.jpg"), photo);

        var run = await CliRun.RunAsync(["passport", folder.PathOf("phone.jpg"), "--no-prepare", .. FakeServerArguments.ConnectTo(server)]);

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        server.Recording.Uploads.ShouldHaveSingleItem().FileSha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(photo)));
        run.Error.ShouldNotContain("prepared");
    }

    [Fact]
    public async Task Passport_TruncatedPhoto_ExitsTwoSayingSoAndUploadsNothing()
    {
        await using var server = await ProgenyFakeServer.StartAsync();
        using var folder = new TemporaryFolder();
        var photo = TestPhotos.PhonePhoto(1600, 1200, orientation: 6, detail: true);
        await File.WriteAllBytesAsync(folder.PathOf("cut.jpg"), photo[..(photo.Length / 2)]);

        var run = await CliRun.RunAsync(["passport", folder.PathOf("cut.jpg"), .. FakeServerArguments.ConnectTo(server)]);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldContain("cut.jpg: The image is a truncated JPEG: its pixels end before the image does.");
        server.Recording.UploadCount.ShouldBe(0);
    }

    private static async Task<string> Sha256Async(ProgenyImage image)
    {
        await using var stream = await image.OpenReadAsync(long.MaxValue);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream));
    }
}

using System.Net.Sockets;
using Progeny.Sdk.Testing;

namespace Progeny.Cli.Tests;

/// <summary>The check of every image before the first upload, through the command line.</summary>
public sealed class ImageCheckTests
{
    [Fact]
    public async Task Check_EmptyFile_ExitsTwoAndSendsNothing()
    {
        await using var server = await ProgenyFakeServer.StartAsync();
        using var folder = new TemporaryFolder();
        File.WriteAllBytes(folder.PathOf("empty.jpg"), []);

        var run = await CliRun.RunAsync(["liveness", folder.PathOf("empty.jpg"), .. FakeServerArguments.ConnectTo(server)]);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldBe($"progeny: {folder.PathOf("empty.jpg")}: the file is empty.\nprogeny: nothing was uploaded.\n");
        server.Recording.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Check_FileThatCannotBeOpened_SaysItCannotBeReadAndSendsNothing()
    {
        await using var server = await ProgenyFakeServer.StartAsync();
        using var folder = new TemporaryFolder();
        var unreadable = folder.PathOf("socket.jpg");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(unreadable)); // a file no one can open for reading, root included

        var run = await CliRun.RunAsync(["passport", CliRun.SpecimenImage, unreadable, .. FakeServerArguments.ConnectTo(server)]);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldStartWith($"progeny: {unreadable}: cannot be read: ");
        run.Error.ShouldEndWith("progeny: nothing was uploaded: 1 of 2 inputs failed the check; 1 other not sent.\n");
        run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(2, run.ToString());
        server.Recording.UploadCount.ShouldBe(0);
    }

    [Fact]
    public async Task Check_FolderGivenAsTheSelfie_SaysItIsAFolder()
    {
        await using var server = await ProgenyFakeServer.StartAsync();
        using var folder = new TemporaryFolder();

        var run = await CliRun.RunAsync(["register-face", folder.Path, .. FakeServerArguments.ConnectTo(server)]);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldBe($"progeny: {folder.Path}: a folder, not an image file.\nprogeny: nothing was uploaded.\n");
        server.Recording.UploadCount.ShouldBe(0);
    }

    [Fact]
    public async Task Check_KycWithAMissingSelfie_NamesTheSelfieAndSendsNeitherImage()
    {
        await using var server = await ProgenyFakeServer.StartAsync();

        var run = await CliRun.RunAsync(["kyc", CliRun.SpecimenImage, "--selfie", "no-such-selfie.jpg", "--json", .. FakeServerArguments.ConnectTo(server)]);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Json.GetProperty("passport").GetString().ShouldBe(CliRun.SpecimenImage);
        run.Json.GetProperty("selfie").GetString().ShouldBe("no-such-selfie.jpg");
        run.Json.GetProperty("failure").GetProperty("message").GetString().ShouldBe("no-such-selfie.jpg: file not found.");
        server.Recording.UploadCount.ShouldBe(0);
    }

    [Fact]
    public async Task Check_PhonePhotoInABatch_IsPreparedOnceBeforeTheUploads()
    {
        await using var server = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        using var folder = new TemporaryFolder();
        File.WriteAllBytes(folder.PathOf("phone.jpg"), TestPhotos.PhonePhoto(1600, 1200, orientation: 6));

        var run = await CliRun.RunAsync(["liveness", folder.PathOf("phone.jpg"), CliRun.SpecimenSelfie, .. FakeServerArguments.ConnectTo(server)]);

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        var uploads = server.Recording.Uploads;
        uploads.Count.ShouldBe(2);
        uploads.ShouldContain(upload => upload.FileLength == new FileInfo(CliRun.SpecimenSelfie).Length); // already fit: sent as it is
        uploads.ShouldContain(upload => upload.FileLength < new FileInfo(folder.PathOf("phone.jpg")).Length); // turned upright, metadata removed
        run.Error.ShouldContain("prepared 1 image before upload");
    }
}

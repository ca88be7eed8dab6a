using Progeny.Sdk.Tests.TestSupport;

namespace Progeny.Sdk.Tests;

/// <summary>Image checks before any request (nothing reaches the server), and what a valid image looks like on the wire.</summary>
public sealed class ProgenyImageTests : IDisposable
{
    private const long MaxImageBytes = 1000;

    private readonly TempFiles _files = new();
    private readonly ProgenyWireMock _server = ProgenyWireMock.Start().StubLogin().StubSubmit().StubTask();

    public void Dispose()
    {
        _server.Dispose();
        _files.Dispose();
    }

    private ProgenyClient Client() => new(_server.Options(o => o.MaxImageBytes = MaxImageBytes));

    /// <summary>Submits <paramref name="image"/> and returns what the call threw, after checking the server received nothing.</summary>
    private async Task<Exception?> RejectedAsync(ProgenyImage image)
    {
        using var client = Client();
        var exception = await Record.ExceptionAsync(() => client.OcrPassportAsync(image));
        await Wait.SettleAsync();
        _server.Received.ShouldBeEmpty("an image is checked before any request, the login included");
        return exception;
    }

    private async Task<MultipartPart> UploadedAsync(ProgenyImage image)
    {
        using var client = Client();
        await client.SubmitOcrPassportAsync(image);
        return MultipartBody.Parse(_server.Posts.Single()).Single(p => p.Name == "passport_image");
    }

    /// <summary>Submits <paramref name="image"/> twice and checks that both uploads carry <see cref="TestImages.Jpeg"/>.</summary>
    private async Task UploadedTwiceAsync(ProgenyImage image)
    {
        using var client = Client();
        await client.SubmitOcrPassportAsync(image);
        await client.SubmitOcrPassportAsync(image);

        _server.Posts.Count.ShouldBe(2);
        _server.Posts.ShouldAllBe(post => MultipartBody.Parse(post).Single(p => p.Name == "passport_image").Content.SequenceEqual(TestImages.Jpeg));
    }

    [Fact]
    public async Task FromFile_MissingFile_ThrowsFileNotFoundBeforeAnyRequest()
    {
        var exception = await RejectedAsync(ProgenyImage.FromFile(Path.Combine(_files.Directory, "missing.jpg")));

        exception.ShouldBeOfType<FileNotFoundException>();
    }

    [Fact]
    public async Task FromFile_Folder_ThrowsArgumentNamingOnlyTheFolderBeforeAnyRequest()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_files.Directory, "scans.jpg")).FullName;

        var exception = await RejectedAsync(ProgenyImage.FromFile(folder));

        var argument = exception.ShouldBeOfType<ArgumentException>();
        argument.Message.ShouldContain("'scans.jpg' is a folder");
        argument.ToString().ShouldNotContain(_files.Directory);
    }

    [Fact]
    public async Task FromFile_CharacterDevice_ThrowsArgumentAtOnceBeforeAnyRequest()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;  // no such device on Windows
        }

        var exception = await RejectedAsync(ProgenyImage.FromFile("/dev/zero"));

        exception.ShouldBeOfType<ArgumentException>().Message.ShouldContain("not a regular file");
    }

    [Fact]
    public async Task FromFile_NamedPipe_ThrowsArgumentAtOnceInsteadOfBlocking()
    {
        var fifo = Path.Combine(_files.Directory, "passport.jpg");
        if (OperatingSystem.IsWindows())
        {
            return;  // no FIFOs in the file system
        }

        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            await mkfifo.WaitForExitAsync();
        }

        using var client = Client();
        // Opening a FIFO blocks until a writer opens it: a bounded wait turns that hang into a failure.
        var exception = await Record.ExceptionAsync(() => Task.Run(() => client.OcrPassportAsync(ProgenyImage.FromFile(fifo))).WaitAsync(TimeSpan.FromSeconds(10)));

        exception.ShouldBeOfType<ArgumentException>().Message.ShouldContain("'passport.jpg' is empty or is not a regular file");
        exception.Message.ShouldNotContain(_files.Directory);
        _server.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task FromFile_MissingDirectory_ThrowsFileNotFoundBeforeAnyRequest()
    {
        var exception = await RejectedAsync(ProgenyImage.FromFile(Path.Combine(_files.Directory, "no-such-dir", "passport.jpg")));

        exception.ShouldBeOfType<FileNotFoundException>();
    }

    [Theory]
    [InlineData(ImageSource.Bytes)]
    [InlineData(ImageSource.SeekableStream)]
    [InlineData(ImageSource.ForwardOnlyStream)]
    [InlineData(ImageSource.File)]
    public async Task OpenAsync_EmptyImage_ThrowsArgumentBeforeAnyRequest(ImageSource source)
    {
        var exception = await RejectedAsync(_files.Image(source, []));

        exception.ShouldBeOfType<ArgumentException>();
    }

    [Theory]
    [InlineData(ImageSource.Bytes, "GIF89a\u0001\u0000")]
    [InlineData(ImageSource.File, "%PDF-1.7")]
    [InlineData(ImageSource.SeekableStream, "BM6\u0000\u0000")]
    [InlineData(ImageSource.ForwardOnlyStream, "{\"not\": \"an image\"}")]
    [InlineData(ImageSource.Bytes, "\u00FF\u00D8")]
    [InlineData(ImageSource.Bytes, "\u0089PNG\r\n\u001A")]
    public async Task OpenAsync_NeitherPngNorJpegByMagicBytes_ThrowsArgumentBeforeAnyRequest(ImageSource source, string content)
    {
        var bytes = content.Select(c => (byte)c).ToArray();

        var exception = await RejectedAsync(_files.Image(source, bytes, "passport.jpg"));

        exception.ShouldBeOfType<ArgumentException>();
    }

    [Theory]
    [InlineData(ImageSource.Bytes)]
    [InlineData(ImageSource.SeekableStream)]
    [InlineData(ImageSource.ForwardOnlyStream)]
    [InlineData(ImageSource.File)]
    public async Task OpenAsync_OverMaxImageBytes_ThrowsArgumentBeforeAnyRequest(ImageSource source)
    {
        var exception = await RejectedAsync(_files.Image(source, TestImages.JpegOfSize((int)MaxImageBytes + 1)));

        exception.ShouldBeOfType<ArgumentException>().Message.ShouldContain("MaxImageBytes");
    }

    [Fact]
    public async Task OpenAsync_DefaultMaxImageBytes_Is10MiB()
    {
        using var client = new ProgenyClient(_server.Options());

        var exception = await Record.ExceptionAsync(() => client.SubmitOcrPassportAsync(ProgenyImage.FromBytes(TestImages.JpegOfSize((10 * 1024 * 1024) + 1), "big.jpg")));

        exception.ShouldBeOfType<ArgumentException>();
        _server.Received.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(ImageSource.Bytes)]
    [InlineData(ImageSource.SeekableStream)]
    [InlineData(ImageSource.ForwardOnlyStream)]
    [InlineData(ImageSource.File)]
    public async Task OpenAsync_ExactlyMaxImageBytes_IsUploadedByteForByte(ImageSource source)
    {
        var bytes = TestImages.JpegOfSize((int)MaxImageBytes);
        Random.Shared.NextBytes(bytes.AsSpan(TestImages.Jpeg.Length));

        var part = await UploadedAsync(_files.Image(source, bytes));

        part.Content.ShouldBe(bytes);
        part.FileName.ShouldBe("passport.jpg");
        part.ContentType.ShouldBe("image/jpeg");
    }

    [Theory]
    [InlineData(ImageSource.Bytes)]
    [InlineData(ImageSource.SeekableStream)]
    [InlineData(ImageSource.ForwardOnlyStream)]
    [InlineData(ImageSource.File)]
    public async Task OpenAsync_Png_IsUploadedAsImagePng(ImageSource source)
    {
        var part = await UploadedAsync(_files.Image(source, TestImages.Png, "page.png"));

        part.Content.ShouldBe(TestImages.Png);
        part.FileName.ShouldBe("page.png");
        part.ContentType.ShouldBe("image/png");
    }

    [Fact]
    public async Task FromFile_FullPath_SendsTheFileNameOnly()
    {
        var path = _files.Write("scan 2024.jpeg", TestImages.Jpeg);

        var part = await UploadedAsync(ProgenyImage.FromFile(path));

        part.FileName.ShouldBe("scan 2024.jpeg");
        part.Content.ShouldBe(TestImages.Jpeg);
    }

    [Fact]
    public async Task FromStream_SeekableStreamNotAtStart_UploadsFromItsPosition()
    {
        var stream = new MemoryStream([.. "HEADER"u8.ToArray(), .. TestImages.Jpeg]) { Position = 6 };

        var part = await UploadedAsync(ProgenyImage.FromStream(stream, "passport.jpg"));

        part.Content.ShouldBe(TestImages.Jpeg);
        stream.CanRead.ShouldBeTrue("the caller's stream is not disposed");
    }

    [Fact]
    public Task FromStream_SeekableStreamUsedTwice_UploadsTheSameBytesTwice() =>
        UploadedTwiceAsync(ProgenyImage.FromStream(new MemoryStream([.. "HEADER"u8.ToArray(), .. TestImages.Jpeg]) { Position = 6 }, "passport.jpg"));

    [Fact]
    public Task FromStream_ForwardOnlyStreamUsedTwice_UploadsTheSameBytesTwice() =>
        UploadedTwiceAsync(ProgenyImage.FromStream(new ForwardOnlyStream(new MemoryStream(TestImages.Jpeg)), "passport.jpg"));

    [Theory]
    [InlineData("паспорт.jpg", "image.jpg")]
    [InlineData("a\"b.jpg", "image.jpg")]
    [InlineData("line\r\nX-Injected: 1.jpg", "image.jpg")]
    public async Task FromBytes_FileNameUnsafeInAHeader_SendsANeutralName(string fileName, string expected)
    {
        var part = await UploadedAsync(ProgenyImage.FromBytes(TestImages.Jpeg, fileName));

        part.FileName.ShouldBe(expected);
        part.Content.ShouldBe(TestImages.Jpeg);
    }

    [Fact]
    public void FromStream_UnreadableStream_ThrowsArgument()
    {
        var stream = new MemoryStream(TestImages.Jpeg);
        stream.Dispose();

        Should.Throw<ArgumentException>(() => ProgenyImage.FromStream(stream, "passport.jpg"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void FromBytes_EmptyFileName_ThrowsArgument(string fileName) =>
        Should.Throw<ArgumentException>(() => ProgenyImage.FromBytes(TestImages.Jpeg, fileName));

    [Fact]
    public void ToString_AnySource_NeverShowsTheFileName()
    {
        var path = _files.Write("VALERIA-PERFILOVA.jpg", TestImages.Jpeg);

        ProgenyImage.FromFile(path).ToString().ShouldNotContain("PERFILOVA");
        ProgenyImage.FromBytes(TestImages.Jpeg, "VALERIA-PERFILOVA.jpg").ToString().ShouldNotContain("PERFILOVA");
        ProgenyImage.FromStream(new MemoryStream(TestImages.Jpeg), "VALERIA-PERFILOVA.jpg").ToString().ShouldNotContain("PERFILOVA");
    }
}

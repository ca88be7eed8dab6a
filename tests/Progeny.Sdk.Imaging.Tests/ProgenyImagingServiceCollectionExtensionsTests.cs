using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Progeny.Sdk.Imaging.Tests.Support;
using Progeny.Sdk.Testing;

namespace Progeny.Sdk.Imaging.Tests;

public class ProgenyImagingServiceCollectionExtensionsTests
{
    private const int NginxDefaultBodyLimit = 1024 * 1024;

    [Fact]
    public async Task AddProgenyImagePreparation_TwelveMegapixelPhotoTaggedRotate90_IsUploadedUprightAtMost1080HighWithoutMetadata()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { MaxRequestBodyBytes = NginxDefaultBodyLimit });
        var services = new ServiceCollection();
        services.AddProgenyClient(fake.Configure);
        services.AddProgenyImagePreparation(); // the one line
        await using var provider = services.BuildServiceProvider();
        var photo = TestPhotos.TwelveMegapixelPortrait;

        await provider.GetRequiredService<IProgenyClient>().OcrPassportAsync(ProgenyImage.FromBytes(photo, "passport.jpg"));

        var upload = fake.Recording.Uploads.ShouldHaveSingleItem();
        var prepared = await Bytes.Of(await new ProgenyImagePreparer().PrepareAsync(ProgenyImage.FromBytes(photo, "passport.jpg")));
        upload.FileSha256.ShouldBe(Bytes.Sha256(prepared), "the server received the prepared bytes");
        upload.FileLength.ShouldBe(prepared.Length);
        upload.FileLength.ShouldBeLessThan(400 * 1024);
        upload.ContentType.ShouldBe("image/jpeg");
        upload.FileName.ShouldBe("passport.jpg");
        using var pixels = Pixels.Decode(prepared);
        (pixels.Width, pixels.Height).ShouldBe((810, 1080));
        pixels.ShouldBeUprightScene();
        EncodedStructure.Of(prepared).Blocks.Where(block => block.StartsWith("APP", StringComparison.Ordinal)).ShouldBe(["APP0 JFIF"]);
        Canaries.FoundIn(prepared).ShouldBeEmpty();
    }

    [Fact]
    public async Task AddProgenyClient_WithoutImagePreparation_SendsTheOriginalWhichAOneMegabyteGatewayRefuses()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { MaxRequestBodyBytes = NginxDefaultBodyLimit });
        var services = new ServiceCollection();
        services.AddProgenyClient(fake.Configure);
        await using var provider = services.BuildServiceProvider();

        var exception = await Should.ThrowAsync<ProgenyApiException>(() =>
            provider.GetRequiredService<IProgenyClient>().OcrPassportAsync(ProgenyImage.FromBytes(TestPhotos.TwelveMegapixelPortrait, "passport.jpg")));

        exception.StatusCode.ShouldBe(System.Net.HttpStatusCode.RequestEntityTooLarge);
        exception.TaskMayExist.ShouldBeFalse();
        fake.Recording.CreatedTaskIds.ShouldBeEmpty();
    }

    [Fact]
    public async Task AddProgenyImagePreparation_Configure_IsAppliedToEveryUpload()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        var reports = new List<ProgenyImagePreparationReport>();
        var services = new ServiceCollection();
        services.AddProgenyImagePreparation(options =>
        {
            options.MaxHeight = 600;
            options.OnPrepared = report => { lock (reports) { reports.Add(report); } };
        });
        services.AddProgenyClient(fake.Configure);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IProgenyClient>();

        await client.OcrPassportAsync(ProgenyImage.FromBytes(TestPhotos.PhonePhoto(1600, 1200, 6), "first.jpg"));
        await client.SubmitOcrPassportAsync(ProgenyImage.FromBytes(TestPhotos.PhonePhoto(1200, 1600, 3), "second.jpg"));

        reports.Select(report => (report.Width, report.Height)).ShouldBe([(800, 600), (450, 600)]);
        fake.Recording.Uploads.Select(upload => upload.FileLength).ShouldBe(reports.Select(report => report.ByteCount));
    }

    [Fact]
    public async Task AddProgenyImagePreparation_ConfigurationSection_BindsTheOptions()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Progeny:Imaging:MaxHeight"] = "700",
            ["Progeny:Imaging:MaxWidth"] = "800",
            ["Progeny:Imaging:JpegQuality"] = "70",
            ["Progeny:Imaging:ConvertPngToJpeg"] = "true",
            ["Progeny:Imaging:MaxSourceBytes"] = "2000000",
            ["Progeny:Imaging:MaxSourcePixels"] = "5000000",
            ["Progeny:Imaging:MaxSourceDimension"] = "3000",
        }).Build();
        var services = new ServiceCollection();
        services.AddProgenyImagePreparation(configuration.GetSection("Progeny:Imaging"));
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<ProgenyImagePreparationOptions>>().Value;

        (options.MaxHeight, options.MaxWidth, options.JpegQuality, options.ConvertPngToJpeg).ShouldBe((700, 800, 70, true));
        (options.MaxSourceBytes, options.MaxSourcePixels, options.MaxSourceDimension).ShouldBe((2_000_000L, 5_000_000L, 3000));
        var prepared = await ((ProgenyImagePreparer)provider.GetRequiredService<IProgenyImagePreparer>())
            .PrepareWithReportAsync(ProgenyImage.FromBytes(TestPhotos.PhonePhoto(1600, 1200, 1), "photo.jpg"));
        (prepared.Report.Width, prepared.Report.Height).ShouldBe((800, 600));
    }

    [Fact]
    public async Task AddProgenyImagePreparation_InvalidOptions_FailWhenTheClientIsResolved()
    {
        var services = new ServiceCollection();
        services.AddProgenyClient(options => { options.Username = "user"; options.Password = "password"; });
        services.AddProgenyImagePreparation(options => options.JpegQuality = 0);
        await using var provider = services.BuildServiceProvider();

        var exception = Should.Throw<OptionsValidationException>(provider.GetRequiredService<IProgenyClient>);

        exception.Failures.ShouldBe(["ProgenyImagePreparationOptions.JpegQuality must be between 1 and 100."]);
    }

    [Fact]
    public async Task AddProgenyImagePreparation_CalledAfterAnotherPreparer_ReplacesIt()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IProgenyImagePreparer, PassThroughPreparer>();
        services.AddProgenyImagePreparation();
        services.AddProgenyImagePreparation();
        await using var provider = services.BuildServiceProvider();

        provider.GetServices<IProgenyImagePreparer>().ShouldHaveSingleItem().ShouldBeSameAs(provider.GetRequiredService<ProgenyImagePreparer>());
    }

    [Fact]
    public async Task AddProgenyImagePreparation_ContainerLogging_LogsEachPreparationAtDebug()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var logs = new FakeLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        services.AddProgenyClient(fake.Configure);
        services.AddProgenyImagePreparation();
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IProgenyClient>().SubmitOcrPassportAsync(ProgenyImage.FromBytes(TestPhotos.PhonePhoto(320, 240, 5), "SPECIMEN-ANNA.jpg"));

        var record = logs.Collector.GetSnapshot().Where(log => log.Category == "Progeny.Sdk.Imaging.ProgenyImagePreparer").ShouldHaveSingleItem();
        record.Level.ShouldBe(LogLevel.Debug);
        record.Message.ShouldContain("orientation applied: Transpose; metadata removed: Exif");
        record.Message.ShouldNotContain("SPECIMEN");
        Canaries.FoundIn(record.Message).ShouldBeEmpty();
    }

    private sealed class PassThroughPreparer : IProgenyImagePreparer
    {
        public ValueTask<ProgenyImage> PrepareAsync(ProgenyImage image, CancellationToken cancellationToken = default) => ValueTask.FromResult(image);
    }
}

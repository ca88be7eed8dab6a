using Microsoft.Extensions.DependencyInjection;
using Progeny.Sdk.Testing.Tests.Support;

namespace Progeny.Sdk.Testing.Tests;

/// <summary>The real Progeny.Sdk client against the fake: login, upload, polling, typed result.</summary>
public sealed class ProgenyClientEndToEndTests
{
    [Fact]
    public async Task AddProgenyClient_ConfiguredByTheFake_ReadsTheDefaultDocument()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        var services = new ServiceCollection();
        services.AddSingleton(fake.TimeProvider);  // the fake's clock: the client's waits between polls are skipped
        services.AddProgenyClient(o => fake.Configure(o));
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IProgenyClient>();

        var result = await client.OcrPassportAsync(ProgenyImage.FromBytes(Wire.Jpeg, "passport.jpg"));

        var document = result.Document;
        document.DocumentNumber.ShouldBe("XX008080");
        document.DateOfIssue.ShouldBeNull();
        document.DateOfBirth.ShouldBe(new DateOnly(1991, 9, 24));
        document.DateOfExpiry.ShouldBe(new DateOnly(2023, 9, 25));
        document.FirstName.ShouldBe("VALERIA");
        document.LastName.ShouldBe("PERFILOVA");
        document.Sex.ToString().ShouldStartWith("F");
        document.PortraitUrl.ShouldBe(new Uri("https://dev.progeny.tech/media/images/services/ocr_passport/9456633680.jpg"));
        result.RecordId.ShouldBe(2188);
        result.TaskId.ShouldBe(fake.Recording.CreatedTaskIds.ShouldHaveSingleItem());

        var recording = fake.Recording;
        recording.LoginCount.ShouldBe(1);
        recording.UploadCount.ShouldBe(1);
        recording.StatusReadCount.ShouldBe(3);  // PENDING, STARTED, SUCCESS
        recording.Uploads[0].ExtendData.ShouldBe("false");
        recording.Uploads[0].FileSha256.ShouldBe(Wire.Sha256(Wire.Jpeg));
        recording.Requests.Where(r => r.Endpoint == FakeEndpoint.TokenObtain).ShouldAllBe(r => !r.HasAuthorization);
        recording.Requests.Where(r => r.Endpoint != FakeEndpoint.TokenObtain).ShouldAllBe(r => r.AuthorizationScheme == "Bearer");
    }

    [Fact]
    public async Task OcrPassportAsync_FailedCheck_ThrowsTaskFailedWithTheErrorCode()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        fake.EnqueueTaskOutcome(FakeTaskOutcome.FailedCheck("DOCUMENT_NOT_FOUND"));
        using var client = fake.CreateClient();

        var failure = await Should.ThrowAsync<ProgenyTaskFailedException>(() => client.OcrPassportAsync(ProgenyImage.FromBytes(Wire.Jpeg, "passport.jpg")));

        failure.ErrorCode.ShouldBe("DOCUMENT_NOT_FOUND");
    }

    [Fact]
    public async Task OcrPassportAsync_AfterAllTokensAreRevoked_RefreshIsRefusedAndTheClientLogsInAgain()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        using var client = fake.CreateClient();
        var image = ProgenyImage.FromBytes(Wire.Jpeg, "passport.jpg");
        await client.OcrPassportAsync(image);

        fake.RevokeAllTokens();
        var result = await client.OcrPassportAsync(image);

        result.Document.DocumentNumber.ShouldBe("XX008080");
        var recording = fake.Recording;
        recording.LoginCount.ShouldBe(2);
        recording.RefreshCount.ShouldBe(1);
        recording.RequestsTo(FakeEndpoint.TokenRefresh).ShouldHaveSingleItem().StatusCode.ShouldBe(401);
        recording.UploadCount.ShouldBe(3);
        recording.Uploads.Select(u => u.Request.StatusCode).ShouldBe([200, 401, 200]);
        recording.Uploads.Select(u => u.FileSha256).Distinct().ShouldHaveSingleItem();
        recording.CreatedTaskIds.Count.ShouldBe(2);
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_TaskCreatedOnTheFake_ResumesWithoutUploading()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        var taskId = fake.CreateTask(FakeTaskOutcome.Success(FakePassportDocument.Sample with { DocumentNumber = "ZZ1234567", DateOfIssue = "2015-3-1" }));
        using var client = fake.CreateClient();

        var result = await client.WaitForOcrPassportAsync(taskId);

        result.Document.DocumentNumber.ShouldBe("ZZ1234567");
        result.Document.DateOfIssue.ShouldBe(new DateOnly(2015, 3, 1));
        fake.Recording.UploadCount.ShouldBe(0);
    }

    [Fact]
    public async Task OcrPassportAsync_IdsOfTheOtherType_AreTolerated()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        fake.EnqueueTaskOutcome(new FakeTaskOutcome { RawTaskId = "12345", RawRecordId = "\"2188\"" });
        using var client = fake.CreateClient();

        var result = await client.OcrPassportAsync(ProgenyImage.FromBytes(Wire.Jpeg, "passport.jpg"));

        result.TaskId.ShouldBe("12345");
        result.RecordId.ShouldBe(2188);
        result.Document.DocumentNumber.ShouldBe("XX008080");
    }
}

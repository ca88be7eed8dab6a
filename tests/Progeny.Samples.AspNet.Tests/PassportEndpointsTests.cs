using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Progeny.Sdk;
using Progeny.Sdk.Imaging;
using Progeny.Sdk.Testing;

namespace Progeny.Samples.AspNet.Tests;

public sealed class PassportEndpointsTests(WebApplicationFactory<Program> embedded) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string ProblemJson = "application/problem+json";

    [Fact]
    public async Task PostPassports_SpecimenOnTheEmbeddedFake_ReturnsTheDocumentAsCamelCaseJson()
    {
        using var client = embedded.CreateClient();

        using var response = await client.PostAsync("/passports", SampleApp.UploadSpecimen());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        var document = await ReadJsonAsync(response);
        document.GetProperty("documentNumber").GetString().ShouldBe("X1234567");
        document.GetProperty("lastName").GetString().ShouldBe("SPECIMEN");
        document.GetProperty("firstName").GetString().ShouldBe("ANNA MARIA");
        document.GetProperty("dateOfBirth").GetString().ShouldBe("1990-04-12");
        document.GetProperty("dateOfExpiry").GetString().ShouldBe("2031-05-31");
        document.GetProperty("sex").GetString().ShouldBe("Female");
        document.GetProperty("isValid").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task PostPassports_NotAnImage_Returns400ProblemAndSendsNothing()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        await using var app = SampleApp.Against(fake);
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/passports", SampleApp.Upload("just some text"u8.ToArray(), "notes.txt", contentType: "text/plain"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(ProblemJson);
        var problem = await ReadJsonAsync(response);
        problem.GetProperty("status").GetInt32().ShouldBe(400);
        problem.GetProperty("title").GetString().ShouldBe("The upload is not a usable image");
        problem.GetProperty("detail").GetString()!.ShouldContain("neither PNG nor JPEG");
        fake.Recording.UploadCount.ShouldBe(0);
    }

    [Fact]
    public async Task PostPassports_EmptyFile_Returns400Problem()
    {
        using var client = embedded.CreateClient();

        using var response = await client.PostAsync("/passports", SampleApp.Upload([]));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(ProblemJson);
        (await ReadJsonAsync(response)).GetProperty("title").GetString().ShouldBe("No image was uploaded");
    }

    [Fact]
    public async Task PostPassports_NoImageField_Returns400Problem()
    {
        using var client = embedded.CreateClient();

        using var response = await client.PostAsync("/passports", SampleApp.Upload(File.ReadAllBytes(SampleApp.SpecimenPath), field: "photo"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(ProblemJson);
        (await ReadJsonAsync(response)).GetProperty("detail").GetString()!.ShouldContain("'image'");
    }

    [Fact]
    public async Task PostPassports_NoBody_Returns400Problem()
    {
        using var client = embedded.CreateClient();

        using var response = await client.PostAsync("/passports", content: null);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(ProblemJson);
    }

    [Fact]
    public async Task PostPassports_TaskFailsWithAnErrorCode_Returns422WithTheCode()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        fake.EnqueueTaskOutcome(FakeTaskOutcome.FailedCheck("DOCUMENT_NOT_FOUND"));
        await using var app = SampleApp.Against(fake);
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/passports", SampleApp.UploadSpecimen());

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(ProblemJson);
        var problem = await ReadJsonAsync(response);
        problem.GetProperty("errorCode").GetString().ShouldBe("DOCUMENT_NOT_FOUND");
        problem.GetProperty("taskId").GetString().ShouldNotBeNullOrEmpty();
        problem.GetProperty("detail").GetString()!.ShouldContain("DOCUMENT_NOT_FOUND");
        fake.Recording.UploadCount.ShouldBe(1);
    }

    [Fact]
    public async Task PostPassports_ProgenyRejectsTheFields_Returns422WithTheFieldErrors()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        fake.InjectFault(FakeFault.Status(400, """{"passport_image": ["Upload a valid image."]}"""), FakeEndpoint.OcrPassport);
        await using var app = SampleApp.Against(fake);
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/passports", SampleApp.UploadSpecimen());

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await ReadJsonAsync(response);
        problem.GetProperty("errors").GetProperty("passport_image")[0].GetString().ShouldBe("Upload a valid image.");
    }

    [Fact]
    public async Task PostPassports_CredentialsRefused_Returns502WithoutTheSecret()
    {
        const string WrongPassword = "wrong-password-canary-7f3a";
        await using var fake = await ProgenyFakeServer.StartAsync();
        await using var app = SampleApp.Against(fake, password: WrongPassword);
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/passports", SampleApp.UploadSpecimen());

        response.StatusCode.ShouldBe(HttpStatusCode.BadGateway);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(ProblemJson);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain(WrongPassword);
        body.ShouldNotContain(fake.Username);
        fake.Recording.UploadCount.ShouldBe(0);
    }

    [Fact]
    public async Task PostPassports_TaskDoesNotFinishInTime_Returns504WithTheTaskId()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        fake.EnqueueTaskOutcome(FakeTaskOutcome.NeverEnding());
        await using var app = SampleApp.Against(fake, pollingTimeout: TimeSpan.FromSeconds(1));
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/passports", SampleApp.UploadSpecimen());

        response.StatusCode.ShouldBe(HttpStatusCode.GatewayTimeout);
        var problem = await ReadJsonAsync(response);
        problem.GetProperty("taskId").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task PostPassports_ProgenyAnswers500_Returns502WithTheUpstreamStatus()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        fake.InjectFault(FakeFault.Status(500, """{"detail": "boom"}"""), FakeEndpoint.OcrPassport);
        await using var app = SampleApp.Against(fake);
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/passports", SampleApp.UploadSpecimen());

        response.StatusCode.ShouldBe(HttpStatusCode.BadGateway);
        var problem = await ReadJsonAsync(response);
        problem.GetProperty("upstreamStatus").GetInt32().ShouldBe(500);
        fake.Recording.UploadCount.ShouldBe(1);
    }

    [Fact]
    public async Task PostPassports_UnexpectedException_Returns500WithoutMessageOrStackTrace()
    {
        await using var app = embedded.WithWebHostBuilder(host => host.ConfigureTestServices(
            services => services.AddSingleton<IProgenyClient>(new ThrowingProgenyClient("secret-canary-91c2"))));
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/passports", SampleApp.UploadSpecimen());

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(ProblemJson);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain("secret-canary-91c2");
        body.ShouldNotContain(nameof(ThrowingProgenyClient));
    }

    [Fact]
    public async Task GetRoot_ServesTheSelfContainedUploadPage()
    {
        using var client = embedded.CreateClient();

        using var response = await client.GetAsync("/");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("<form id=\"upload\"");
        html.ShouldContain("name=\"image\"");
        html.ShouldNotContain("<script src", Case.Insensitive);
        html.ShouldNotContain("<link", Case.Insensitive);
    }

    [Fact]
    public async Task PostPassports_PhonePhoto_IsSentUprightAtMost1080HighWithoutMetadata()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { MaxRequestBodySize = 1024 * 1024 });
        await using var app = SampleApp.Against(fake);
        using var client = app.CreateClient();
        var photo = TestPhotos.TwelveMegapixelPortrait;

        using var response = await client.PostAsync("/passports", SampleApp.Upload(photo, "phone.jpg"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var prepared = await new ProgenyImagePreparer().PrepareWithReportAsync(ProgenyImage.FromBytes(photo, "phone.jpg"));
        (prepared.Report.Width, prepared.Report.Height, prepared.Report.AppliedOrientation).ShouldBe((810, 1080, ImageOrientation.Rotate90));
        prepared.Report.RemovedMetadata.ShouldBe(ImageMetadataKinds.Exif);
        var upload = fake.Recording.Uploads.ShouldHaveSingleItem();
        upload.FileLength.ShouldBe(prepared.Report.ByteCount);
        await using var sent = await prepared.Image.OpenReadAsync(long.MaxValue);
        upload.FileSha256.ShouldBe(Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(sent)));
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }
}

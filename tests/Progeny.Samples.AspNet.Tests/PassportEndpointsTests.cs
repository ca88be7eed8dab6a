using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Progeny.Sdk;
using Progeny.Sdk.Imaging;
using Progeny.Sdk.Testing;

namespace Progeny.Samples.AspNet.Tests;

public sealed class PassportEndpointsTests(WebApplicationFactory<Program> embedded) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task PostPassports_SpecimenOnTheEmbeddedFake_ReturnsTheDocumentAsCamelCaseJson()
    {
        using var client = embedded.CreateClient();

        using var response = await client.PostAsync("/passports", SampleApp.UploadSpecimen());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        var document = await response.ReadJsonAsync();
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
        response.Content.Headers.ContentType?.MediaType.ShouldBe(SampleApp.ProblemJson);
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("status").GetInt32().ShouldBe(400);
        problem.GetProperty("title").GetString().ShouldBe("The upload is not a usable image");
        problem.GetProperty("taskMayExist").GetBoolean().ShouldBeFalse();
        problem.GetProperty("detail").GetString()!.ShouldContain("neither PNG nor JPEG");
        fake.Recording.UploadCount.ShouldBe(0);
    }

    [Fact]
    public async Task PostPassports_EmptyFile_Returns400Problem()
    {
        using var client = embedded.CreateClient();

        using var response = await client.PostAsync("/passports", SampleApp.Upload([]));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(SampleApp.ProblemJson);
        (await response.ReadJsonAsync()).GetProperty("title").GetString().ShouldBe("No image was uploaded");
    }

    [Fact]
    public async Task PostPassports_NoImageField_Returns400Problem()
    {
        using var client = embedded.CreateClient();

        using var response = await client.PostAsync("/passports", SampleApp.Upload(SampleApp.Specimen, field: "photo"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(SampleApp.ProblemJson);
        (await response.ReadJsonAsync()).GetProperty("detail").GetString()!.ShouldContain("'image'");
    }

    [Fact]
    public async Task PostPassports_NoBody_Returns400Problem()
    {
        using var client = embedded.CreateClient();

        using var response = await client.PostAsync("/passports", content: null);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(SampleApp.ProblemJson);
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
        response.Content.Headers.ContentType?.MediaType.ShouldBe(SampleApp.ProblemJson);
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("errorCode").GetString().ShouldBe("DOCUMENT_NOT_FOUND");
        problem.GetProperty("taskId").GetString().ShouldNotBeNullOrEmpty();
        problem.GetProperty("detail").GetString()!.ShouldContain("DOCUMENT_NOT_FOUND");
        problem.GetProperty("taskMayExist").GetBoolean().ShouldBeTrue();
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
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("errors").GetProperty("passport_image")[0].GetString().ShouldBe("Upload a valid image.");
        problem.GetProperty("taskMayExist").GetBoolean().ShouldBeFalse();
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
        response.Content.Headers.ContentType?.MediaType.ShouldBe(SampleApp.ProblemJson);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain(WrongPassword);
        body.ShouldNotContain(fake.Username);
        (await response.ReadJsonAsync()).GetProperty("taskMayExist").GetBoolean().ShouldBeFalse();
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
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("taskId").GetString().ShouldBe(fake.Recording.Uploads.ShouldHaveSingleItem().TaskId);
        problem.GetProperty("taskMayExist").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task PostPassports_ProgenyAnswers500_Returns502SayingATaskMayExistWithoutAnId()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        fake.InjectFault(FakeFault.Status(500, """{"detail": "boom"}"""), FakeEndpoint.OcrPassport);
        await using var app = SampleApp.Against(fake);
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/passports", SampleApp.UploadSpecimen());

        response.StatusCode.ShouldBe(HttpStatusCode.BadGateway);
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("upstreamStatus").GetInt32().ShouldBe(500);
        problem.GetProperty("taskMayExist").GetBoolean().ShouldBeTrue();
        problem.TryGetProperty("taskId", out _).ShouldBeFalse();
        problem.GetProperty("detail").GetString().ShouldBe(
            "Progeny answered 500. The upload reached Progeny, so a (paid) task may exist although its id is unknown: sending the photos again may pay twice.");
        fake.Recording.UploadCount.ShouldBe(1);
    }

    [Fact]
    public async Task PostPassports_ProgenysNginxRefusesTheBodyAsTooLarge_Returns413SayingNoTaskWasCreated()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { MaxRequestBodyBytes = 4096 });
        await using var app = SampleApp.Against(fake);
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/passports", SampleApp.UploadSpecimen());

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(SampleApp.ProblemJson);
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("title").GetString().ShouldBe("Progeny refused the upload as too large");
        problem.GetProperty("upstreamStatus").GetInt32().ShouldBe(413);
        problem.GetProperty("taskMayExist").GetBoolean().ShouldBeFalse();
        problem.GetProperty("detail").GetString()!.ShouldEndWith("No Progeny task was created: sending the photos again cannot pay twice.");
        fake.Recording.UploadCount.ShouldBe(1);
        fake.Recording.CreatedTaskIds.ShouldBeEmpty();
    }

    [Fact]
    public async Task PostPassports_ProgenyRefusesTheMediaType_Returns502SayingNoTaskWasCreated()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        fake.InjectFault(FakeFault.Status(415, """{"detail": "Unsupported media type \"multipart/form-data\" in request."}"""), FakeEndpoint.OcrPassport);
        await using var app = SampleApp.Against(fake);
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/passports", SampleApp.UploadSpecimen());

        response.StatusCode.ShouldBe(HttpStatusCode.BadGateway);
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("upstreamStatus").GetInt32().ShouldBe(415);
        problem.GetProperty("taskMayExist").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task PostPassports_ProgenyUnreachable_Returns502SayingNoTaskWasCreated()
    {
        var fake = await ProgenyFakeServer.StartAsync();
        await fake.DisposeAsync();
        await using var app = SampleApp.Against(fake);
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/passports", SampleApp.UploadSpecimen());

        response.StatusCode.ShouldBe(HttpStatusCode.BadGateway);
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("title").GetString().ShouldBe("Progeny could not be reached");
        problem.GetProperty("taskMayExist").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task PostPassports_UnexpectedException_Returns500WithoutMessageOrStackTrace()
    {
        await using var app = embedded.WithWebHostBuilder(host => host.ConfigureTestServices(
            services => services.AddSingleton<IProgenyClient>(new ThrowingProgenyClient("secret-canary-91c2"))));
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/passports", SampleApp.UploadSpecimen());

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(SampleApp.ProblemJson);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain("secret-canary-91c2");
        body.ShouldNotContain(nameof(ThrowingProgenyClient));
    }

    [Fact]
    public async Task GetRoot_ServesTheSelfContainedPageWithBothForms()
    {
        using var client = embedded.CreateClient();

        using var response = await client.GetAsync("/");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("<form id=\"upload\"");
        html.ShouldContain("name=\"image\"");
        html.ShouldContain("<form id=\"kyc\" action=\"kyc\"");
        html.ShouldContain("name=\"passport\"");
        html.ShouldContain("name=\"selfie\"");
        html.ShouldNotContain("<script src", Case.Insensitive);
        html.ShouldNotContain("<link", Case.Insensitive);
    }

    [Fact]
    public async Task PostPassports_PhonePhoto_IsSentUprightAtMost1080HighWithoutMetadata()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { MaxRequestBodyBytes = 1024 * 1024 });
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
        upload.FileSha256.ShouldBe(await TestImages.Sha256Async(prepared.Image));
    }
}

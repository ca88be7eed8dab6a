using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Progeny.Sdk;
using Progeny.Sdk.Testing;

namespace Progeny.Samples.AspNet.Tests;

/// <summary><c>POST /kyc</c> against the fake Progeny server: what the server received, and what the sample answered.</summary>
public sealed class KycEndpointsTests
{
    [Fact]
    public async Task PostKyc_PassportAndPhoneSelfie_SendsBothPreparedImagesToKycPassportOnce()
    {
        await using var fake = await SampleApp.StartFakeAsync();
        await using var app = SampleApp.Against(fake);
        using var client = app.CreateClient();
        var selfie = TestPhotos.TwelveMegapixelPortrait;

        using var response = await client.PostAsync("/kyc", SampleApp.UploadKyc(selfie: selfie));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var upload = fake.Recording.Uploads.ShouldHaveSingleItem();
        upload.Service.ShouldBe(FakeService.KycPassport);
        upload.Files.Select(file => file.FieldName).Order().ShouldBe(["passport_image", "selfie_image"]);
        upload.Fields.ShouldBe(new Dictionary<string, string> { ["extend_data"] = "false" });
        var passport = upload.File("passport_image").ShouldNotBeNull();
        passport.FileName.ShouldBe("specimen-passport.jpg");
        passport.Sha256.ShouldBe(await TestImages.PreparedSha256Async(SampleApp.Specimen, "specimen-passport.jpg"));
        var sentSelfie = upload.File("selfie_image").ShouldNotBeNull();
        sentSelfie.FileName.ShouldBe("selfie.jpg");
        sentSelfie.Sha256.ShouldBe(await TestImages.PreparedSha256Async(selfie, "selfie.jpg"));
        sentSelfie.Length.ShouldBeLessThan(selfie.Length / 4);
    }

    [Fact]
    public async Task PostKyc_LiveSelfieOfTheHolder_ReturnsTheTaskTheDocumentAndBothVerdictsAsCamelCaseJson()
    {
        await using var fake = await SampleApp.StartFakeAsync();
        await using var app = SampleApp.Against(fake);
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/kyc", SampleApp.UploadKyc());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        var body = await response.ReadJsonAsync();
        body.EnumerateObject().Select(member => member.Name).ShouldBe(["taskId", "document", "liveness", "match"]);
        body.GetProperty("taskId").GetString().ShouldBe(fake.Recording.Uploads.ShouldHaveSingleItem().TaskId);
        var document = body.GetProperty("document");
        document.GetProperty("documentNumber").GetString().ShouldBe("X1234567");
        document.GetProperty("lastName").GetString().ShouldBe("SPECIMEN");
        document.GetProperty("firstName").GetString().ShouldBe("ANNA MARIA");
        document.GetProperty("dateOfBirth").GetString().ShouldBe("1990-04-12");
        document.GetProperty("sex").GetString().ShouldBe("Female");
        body.GetProperty("liveness").GetProperty("isLive").GetBoolean().ShouldBeTrue();
        body.GetProperty("liveness").GetProperty("errorCode").ValueKind.ShouldBe(JsonValueKind.Null);
        body.GetProperty("match").GetProperty("isMatch").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task PostKyc_SelfieNotLive_Returns200WithIsLiveFalseAndTheDocument()
    {
        await using var fake = await SampleApp.StartFakeAsync();
        fake.EnqueueTaskOutcome(FakeService.KycPassport, KycOutcomes.NotLive);
        await using var app = SampleApp.Against(fake);
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/kyc", SampleApp.UploadKyc());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.ReadJsonAsync();
        body.GetProperty("liveness").GetProperty("isLive").GetBoolean().ShouldBeFalse();
        body.GetProperty("match").GetProperty("isMatch").GetBoolean().ShouldBeTrue();
        body.GetProperty("document").GetProperty("documentNumber").GetString().ShouldBe("X1234567");
        fake.Recording.Uploads.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task PostKyc_SelfieNotTheHolder_Returns200WithIsMatchFalseAndTheDocument()
    {
        await using var fake = await SampleApp.StartFakeAsync();
        fake.EnqueueTaskOutcome(FakeService.KycPassport, KycOutcomes.NoMatch);
        await using var app = SampleApp.Against(fake);
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/kyc", SampleApp.UploadKyc());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.ReadJsonAsync();
        body.GetProperty("liveness").GetProperty("isLive").GetBoolean().ShouldBeTrue();
        body.GetProperty("match").GetProperty("isMatch").GetBoolean().ShouldBeFalse();
        body.GetProperty("document").GetProperty("documentNumber").GetString().ShouldBe("X1234567");
    }

    [Fact]
    public async Task PostKyc_ScoredNegativeVerdicts_Returns200WithTheReasonAndTheScores()
    {
        await using var fake = await SampleApp.StartFakeAsync();
        fake.EnqueueTaskOutcome(FakeService.KycPassport, KycOutcomes.FaceTooSmallAndNoMatch);
        await using var app = SampleApp.Against(fake);
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/kyc", SampleApp.UploadKyc());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.ReadJsonAsync();
        var liveness = body.GetProperty("liveness");
        liveness.GetProperty("isLive").GetBoolean().ShouldBeFalse();
        liveness.GetProperty("errorCode").GetString().ShouldBe("FACE_TOO_SMALL");
        liveness.GetProperty("error").GetString().ShouldBe("Absolute face size is too small");
        var match = body.GetProperty("match");
        match.GetProperty("isMatch").GetBoolean().ShouldBeFalse();
        match.GetProperty("matchScore").GetDouble().ShouldBe(2.5);
        match.GetProperty("scorePercent").GetDouble().ShouldBe(12.5);
    }

    [Fact]
    public async Task PostKyc_TaskFails_Returns422WithTheCodeTheTaskIdAndTaskMayExist()
    {
        await using var fake = await SampleApp.StartFakeAsync();
        fake.EnqueueTaskOutcome(FakeService.KycPassport, FakeTaskOutcome.FailedCheck("DOCUMENT_NOT_FOUND"));
        await using var app = SampleApp.Against(fake);
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/kyc", SampleApp.UploadKyc());

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(SampleApp.ProblemJson);
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("title").GetString().ShouldBe("Progeny could not make the check");
        problem.GetProperty("errorCode").GetString().ShouldBe("DOCUMENT_NOT_FOUND");
        var taskId = fake.Recording.Uploads.ShouldHaveSingleItem().TaskId;
        problem.GetProperty("taskId").GetString().ShouldBe(taskId);
        problem.GetProperty("taskMayExist").GetBoolean().ShouldBeTrue();
        problem.GetProperty("detail").GetString().ShouldBe(
            $"The task ended without a result (DOCUMENT_NOT_FOUND). Retake the photos: the whole passport data page, sharp and without glare; a selfie whose face fills much of the picture. Progeny task {taskId} exists: keep its id.");
    }

    [Theory]
    [InlineData("passport", "text")]
    [InlineData("selfie", "text")]
    [InlineData("selfie", "truncated JPEG")]
    public async Task PostKyc_OneFileNotAnImage_Returns400NamingTheFieldAndSendsNothing(string field, string kind)
    {
        await using var fake = await SampleApp.StartFakeAsync();
        await using var app = SampleApp.Against(fake);
        using var client = app.CreateClient();
        var bad = kind == "text" ? "just some text"u8.ToArray() : TestImages.Selfie[..(TestImages.Selfie.Length / 3)];

        using var response = await client.PostAsync("/kyc", field == "passport" ? SampleApp.UploadKyc(passport: bad) : SampleApp.UploadKyc(selfie: bad));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(SampleApp.ProblemJson);
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("title").GetString().ShouldBe("The upload is not a usable image");
        problem.GetProperty("taskMayExist").GetBoolean().ShouldBeFalse();
        problem.GetProperty("detail").GetString()!.ShouldStartWith($"The file in '{field}': ");
        problem.GetProperty("errors").EnumerateObject().Select(error => error.Name).ShouldBe([field]);
        fake.Recording.Requests.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("passport")]
    [InlineData("selfie")]
    public async Task PostKyc_OneFileMissing_Returns400NamingItAndSendsNothing(string missing)
    {
        await using var fake = await SampleApp.StartFakeAsync();
        await using var app = SampleApp.Against(fake);
        using var client = app.CreateClient();
        var present = missing == "passport" ? "selfie" : "passport";

        using var response = await client.PostAsync("/kyc", SampleApp.Form((present, TestImages.Selfie, "photo.jpg", "image/jpeg")));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(SampleApp.ProblemJson);
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("title").GetString().ShouldBe("No image was uploaded");
        problem.GetProperty("taskMayExist").GetBoolean().ShouldBeFalse();
        problem.GetProperty("detail").GetString().ShouldBe("Send multipart/form-data with one PNG or JPEG file in each of the fields 'passport' and 'selfie'.");
        var errors = problem.GetProperty("errors");
        errors.EnumerateObject().Select(error => error.Name).ShouldBe([missing]);
        errors.GetProperty(missing)[0].GetString().ShouldBe("No file was uploaded.");
        fake.Recording.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task PostKyc_EmptySelfieAndNoPassport_Returns400NamingBothAndSendsNothing()
    {
        await using var fake = await SampleApp.StartFakeAsync();
        await using var app = SampleApp.Against(fake);
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/kyc", SampleApp.Form(("selfie", [], "selfie.jpg", "image/jpeg")));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        errors.GetProperty("passport")[0].GetString().ShouldBe("No file was uploaded.");
        errors.GetProperty("selfie")[0].GetString().ShouldBe("The file is empty.");
        fake.Recording.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task PostKyc_CredentialsRefused_Returns502SayingNoTaskWasCreatedAndUploadsNothing()
    {
        const string WrongPassword = "wrong-password-canary-2b9e";
        await using var fake = await SampleApp.StartFakeAsync();
        await using var app = SampleApp.Against(fake, password: WrongPassword);
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/kyc", SampleApp.UploadKyc());

        response.StatusCode.ShouldBe(HttpStatusCode.BadGateway);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(SampleApp.ProblemJson);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain(WrongPassword);
        body.ShouldNotContain(fake.Username);
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("taskMayExist").GetBoolean().ShouldBeFalse();
        problem.TryGetProperty("taskId", out _).ShouldBeFalse();
        fake.Recording.Requests.ShouldHaveSingleItem().Endpoint.ShouldBe(FakeEndpoint.TokenObtain);
    }

    [Fact]
    public async Task PostKyc_UnexpectedException_Returns500WithoutMessageOrStackTrace()
    {
        await using var fake = await SampleApp.StartFakeAsync();
        await using var app = SampleApp.Against(fake).WithWebHostBuilder(host => host.ConfigureTestServices(
            services => services.AddSingleton<IProgenyClient>(new ThrowingProgenyClient("secret-canary-4f07"))));
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/kyc", SampleApp.UploadKyc());

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(SampleApp.ProblemJson);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain("secret-canary-4f07");
        body.ShouldNotContain(nameof(ThrowingProgenyClient));
        fake.Recording.Requests.ShouldBeEmpty();
    }
}

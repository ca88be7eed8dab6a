using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Progeny.Sdk;
using Progeny.Sdk.Testing;

namespace Progeny.Samples.AspNet.Tests;

public sealed class KycEndpointsTests(WebApplicationFactory<Program> embedded) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string ClientCanary = "client-canary-5e1d";

    private readonly RecordingKycService _kyc = new();

    [Fact]
    public async Task PostKyc_PassportAndSelfie_HandsBothImagesUnchangedToTheKycService()
    {
        await using var app = WithRecordingKyc();
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/kyc", SampleApp.UploadKyc());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var received = _kyc.Received.ShouldHaveSingleItem();
        received.Passport.FileName.ShouldBe("specimen-passport.jpg");
        received.Passport.Content.ShouldBe(SampleApp.Specimen);
        received.Selfie.FileName.ShouldBe("selfie.jpg");
        received.Selfie.Content.ShouldBe(TestImages.Selfie);
        received.ExtendData.ShouldBeFalse();
    }

    [Fact]
    public async Task PostKyc_Verified_ReturnsTheDocumentAndBothVerdictsAsCamelCaseJson()
    {
        await using var app = WithRecordingKyc();
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/kyc", SampleApp.UploadKyc());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        var body = await response.ReadJsonAsync();
        body.GetProperty("taskId").GetString().ShouldBe("efe46711-b1d8-43f1-9d02-7a54c43b79a2");
        var document = body.GetProperty("document");
        document.GetProperty("documentNumber").GetString().ShouldBe("X1234567");
        document.GetProperty("lastName").GetString().ShouldBe("SPECIMEN");
        document.GetProperty("dateOfBirth").GetString().ShouldBe("1990-04-12");
        document.GetProperty("sex").GetString().ShouldBe("Female");
        var liveness = body.GetProperty("liveness");
        liveness.GetProperty("isLive").GetBoolean().ShouldBeTrue();
        liveness.GetProperty("score").GetDouble().ShouldBe(2.5943651);
        liveness.GetProperty("errorCode").ValueKind.ShouldBe(JsonValueKind.Null);
        var match = body.GetProperty("match");
        match.GetProperty("isMatch").GetBoolean().ShouldBeTrue();
        match.GetProperty("matchScore").GetDouble().ShouldBe(20.0);
        match.GetProperty("scorePercent").GetDouble().ShouldBe(100.0);
        body.EnumerateObject().Select(member => member.Name).ShouldBe(["taskId", "document", "liveness", "match"]);
    }

    [Fact]
    public async Task PostKyc_SelfieNotLiveAndNotTheHolder_Returns200WithBothVerdictsAndTheErrorCode()
    {
        _kyc.Result = KycResults.NotLive;
        await using var app = WithRecordingKyc();
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/kyc", SampleApp.UploadKyc());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.ReadJsonAsync();
        var liveness = body.GetProperty("liveness");
        liveness.GetProperty("isLive").GetBoolean().ShouldBeFalse();
        liveness.GetProperty("errorCode").GetString().ShouldBe("FACE_TOO_SMALL");
        liveness.GetProperty("error").GetString().ShouldBe("Absolute face size is too small");
        liveness.GetProperty("score").ValueKind.ShouldBe(JsonValueKind.Null);
        var match = body.GetProperty("match");
        match.GetProperty("isMatch").GetBoolean().ShouldBeFalse();
        match.GetProperty("scorePercent").GetDouble().ShouldBe(12.5);
        body.GetProperty("document").GetProperty("documentNumber").GetString().ShouldBe("X1234567");
    }

    [Theory]
    [InlineData("passport")]
    [InlineData("selfie")]
    public async Task PostKyc_OneFileMissing_Returns400NamingItAndCallsNothing(string missing)
    {
        await using var app = WithRecordingKyc();
        using var client = app.CreateClient();
        var present = missing == "passport" ? "selfie" : "passport";

        using var response = await client.PostAsync("/kyc", SampleApp.Form((present, TestImages.Selfie, "photo.jpg", "image/jpeg")));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(SampleApp.ProblemJson);
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("title").GetString().ShouldBe("No image was uploaded");
        problem.GetProperty("detail").GetString().ShouldBe("Send multipart/form-data with one PNG or JPEG file in each of the fields 'passport' and 'selfie'.");
        var errors = problem.GetProperty("errors");
        errors.EnumerateObject().Select(error => error.Name).ShouldBe([missing]);
        errors.GetProperty(missing)[0].GetString().ShouldBe("No file was uploaded.");
        _kyc.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task PostKyc_EmptySelfieAndNoPassport_Returns400NamingBothAndCallsNothing()
    {
        await using var app = WithRecordingKyc();
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/kyc", SampleApp.Form(("selfie", [], "selfie.jpg", "image/jpeg")));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        errors.GetProperty("passport")[0].GetString().ShouldBe("No file was uploaded.");
        errors.GetProperty("selfie")[0].GetString().ShouldBe("The file is empty.");
        _kyc.Received.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("passport")]
    [InlineData("selfie")]
    public async Task PostKyc_OneFileNotAnImage_Returns400NamingTheFieldAndSendsNothing(string field)
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        await using var app = SampleApp.Against(fake);
        using var client = app.CreateClient();
        var notes = "just some text"u8.ToArray();

        using var response = await client.PostAsync("/kyc", field == "passport" ? SampleApp.UploadKyc(passport: notes) : SampleApp.UploadKyc(selfie: notes));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(SampleApp.ProblemJson);
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("title").GetString().ShouldBe("The upload is not a usable image");
        problem.GetProperty("detail").GetString().ShouldBe($"The file in '{field}': The image is neither PNG nor JPEG: its first bytes match neither format.");
        var errors = problem.GetProperty("errors");
        errors.EnumerateObject().Select(error => error.Name).ShouldBe([field]);
        errors.GetProperty(field)[0].GetString()!.ShouldContain("neither PNG nor JPEG");
        fake.Recording.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task PostKyc_TaskEndsWithoutDocument_Returns422WithTheCodeAndTaskId()
    {
        _kyc.Failure = new ProgenyTaskFailedException("The task failed.", "c0ffee00-0000-4000-8000-000000000001", ProgenyTaskStatus.Success, "DOCUMENT_NOT_FOUND");
        await using var app = WithRecordingKyc();
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/kyc", SampleApp.UploadKyc());

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(SampleApp.ProblemJson);
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("errorCode").GetString().ShouldBe("DOCUMENT_NOT_FOUND");
        problem.GetProperty("taskId").GetString().ShouldBe("c0ffee00-0000-4000-8000-000000000001");
        _kyc.Received.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task PostKyc_CredentialsRefused_Returns502AndUploadsNothing()
    {
        const string WrongPassword = "wrong-password-canary-2b9e";
        await using var fake = await ProgenyFakeServer.StartAsync();
        await using var app = SampleApp.Against(fake, password: WrongPassword);
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/kyc", SampleApp.UploadKyc());

        response.StatusCode.ShouldBe(HttpStatusCode.BadGateway);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(SampleApp.ProblemJson);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain(WrongPassword);
        body.ShouldNotContain(fake.Username);
        fake.Recording.Requests.ShouldHaveSingleItem().Endpoint.ShouldBe(FakeEndpoint.TokenObtain);
    }

    [Fact]
    public async Task PostKyc_UnexpectedException_Returns500WithoutMessageOrStackTrace()
    {
        _kyc.Failure = new InvalidOperationException("secret-canary-4f07");
        await using var app = WithRecordingKyc();
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/kyc", SampleApp.UploadKyc());

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(SampleApp.ProblemJson);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain("secret-canary-4f07");
        body.ShouldNotContain(nameof(RecordingKycService));
        body.ShouldNotContain(ClientCanary);
    }

    /// <summary>
    /// The sample with <see cref="_kyc"/> as its kyc_passport service and a client whose every call throws: the handler
    /// must use only the service it injects.
    /// </summary>
    private WebApplicationFactory<Program> WithRecordingKyc() => embedded.WithKyc(_kyc).WithWebHostBuilder(host => host.ConfigureTestServices(
        services => services.AddSingleton<IProgenyClient>(new ThrowingProgenyClient(ClientCanary))));
}

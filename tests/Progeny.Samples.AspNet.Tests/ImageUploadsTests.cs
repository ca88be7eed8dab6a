using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Progeny.Sdk.Testing;

namespace Progeny.Samples.AspNet.Tests;

/// <summary>The limits and the framework's own answers (400, 413, 415) of the endpoints that take images.</summary>
public sealed class ImageUploadsTests
{
    private const int MaxImageBytes = 300_000;

    [Theory]
    [InlineData("passports")]
    [InlineData("kyc")]
    public async Task Explain_NotMultipart_Returns415ProblemSayingWhatToSendAndSendsNothing(string path)
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        await using var app = SampleApp.Against(fake);
        using var client = app.CreateClient();

        using var response = await client.PostAsync(path, new StringContent("""{"passport": "aGVsbG8="}""", Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(SampleApp.ProblemJson);
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("status").GetInt32().ShouldBe(415);
        problem.GetProperty("title").GetString().ShouldBe("The upload is not a form");
        problem.GetProperty("taskMayExist").GetBoolean().ShouldBeFalse();
        problem.GetProperty("detail").GetString().ShouldBe(
            "Send the images as the files of a multipart/form-data form (curl -F, or an HTML form with enctype=\"multipart/form-data\").");
        fake.Recording.Requests.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("passports", "image")]
    [InlineData("kyc", "selfie")]
    public async Task Explain_TruncatedForm_Returns400ProblemSayingWhatToSendAndSendsNothing(string path, string field)
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        await using var app = SampleApp.Against(fake);
        using var client = app.CreateClient();
        var truncated = new StringContent($"--cut\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"a.jpg\"\r\n\r\n\u00ff\u00d8\u00ff");
        truncated.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=cut");

        using var response = await client.PostAsync(path, truncated);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(SampleApp.ProblemJson);
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("title").GetString().ShouldBe("The form could not be read");
        problem.GetProperty("taskMayExist").GetBoolean().ShouldBeFalse();
        problem.GetProperty("detail").GetString()!.ShouldStartWith("Send multipart/form-data with one PNG or JPEG file");
        fake.Recording.Requests.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("passports", 1)]
    [InlineData("kyc", 2)]
    public async Task AcceptsImages_BodyOverTheLimit_Returns413ProblemWithTheLimitsAndSendsNothing(string path, int images)
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        await using var app = SampleApp.Against(fake, maxImageBytes: MaxImageBytes);
        using var client = Kestrel(app.StartOnKestrel());
        var limit = (images * MaxImageBytes) + (64 * 1024);
        // One image over the whole body's limit: the SDK would refuse it too (400), were the body not refused first.
        var tooLarge = TestImages.JpegOfSize(limit + 1);
        using var form = images == 1 ? SampleApp.Upload(tooLarge) : SampleApp.UploadKyc(passport: tooLarge);

        using var response = await client.PostAsync(path, form);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(SampleApp.ProblemJson);
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("title").GetString().ShouldBe("The upload is too large");
        problem.GetProperty("taskMayExist").GetBoolean().ShouldBeFalse();
        problem.GetProperty("detail").GetString()!.ShouldStartWith(
            $"This endpoint takes at most {MiB(limit)} MiB, each image at most {MiB(MaxImageBytes)} MiB. Send multipart/form-data");
        fake.Recording.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task AcceptsImages_BothImagesOfTheMostBytesAllowed_ReachKycPassport()
    {
        await using var fake = await SampleApp.StartFakeAsync();
        await using var app = SampleApp.Against(fake, maxImageBytes: MaxImageBytes);
        using var client = Kestrel(app.StartOnKestrel());
        var passport = TestImages.JpegOfSize(MaxImageBytes);
        var selfie = TestImages.JpegOfSize(MaxImageBytes);
        selfie[^1] = 0x5E;

        using var response = await client.PostAsync("kyc", SampleApp.UploadKyc(passport, selfie));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var upload = fake.Recording.Uploads.ShouldHaveSingleItem();
        upload.File("passport_image").ShouldNotBeNull().Sha256.ShouldBe(await TestImages.PreparedSha256Async(passport, "specimen-passport.jpg"));
        upload.File("selfie_image").ShouldNotBeNull().Sha256.ShouldBe(await TestImages.PreparedSha256Async(selfie, "selfie.jpg"));
    }

    /// <summary>A client of the sample on Kestrel, which sends <c>Expect: 100-continue</c> so that a refused body is not sent at all.</summary>
    private static HttpClient Kestrel(Uri address)
    {
        var client = new HttpClient { BaseAddress = address };
        client.DefaultRequestHeaders.ExpectContinue = true;
        return client;
    }

    private static string MiB(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.##", CultureInfo.InvariantCulture);
}

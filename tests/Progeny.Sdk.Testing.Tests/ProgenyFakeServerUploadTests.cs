using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Progeny.Sdk.Testing.Tests.Support;

namespace Progeny.Sdk.Testing.Tests;

/// <summary>POST services/ocr_passport/ (progeny-api.md §4.5): the documented 400 bodies and the UUID task id.</summary>
public sealed class ProgenyFakeServerUploadTests
{
    [Fact]
    public async Task OcrPassport_ImageAndExtendData_ReturnsAUuidTaskId()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);

        using var response = await Wire.SendAsync(client, HttpMethod.Post, "services/ocr_passport/", access, Wire.Upload(extendData: "true"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync();
        Wire.Keys(body).ShouldBe(["id"]);
        using var json = JsonDocument.Parse(body);
        json.RootElement.GetProperty("id").ValueKind.ShouldBe(JsonValueKind.String);
        var id = json.RootElement.GetProperty("id").GetString()!;
        Guid.TryParseExact(id, "D", out _).ShouldBeTrue();
        fake.Recording.CreatedTaskIds.ShouldBe([id]);
    }

    [Fact]
    public async Task OcrPassport_NoFilePart_Answers400NoFileWasSubmitted()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);

        using var response = await Wire.SendAsync(client, HttpMethod.Post, "services/ocr_passport/", access, Wire.Form(("extend_data", "false")));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldBeJson("""{"passport_image": ["No file was submitted."]}""");
    }

    [Fact]
    public async Task OcrPassport_ImageSentAsPlainString_Answers400NotAFile()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);

        using var response = await Wire.SendAsync(client, HttpMethod.Post, "services/ocr_passport/", access,
            Wire.Form(("passport_image", "/home/me/passport.jpg"), ("extend_data", "false")));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldBeJson(
            """{"passport_image": ["The submitted data was not a file. Check the encoding type on the form."]}""");
    }

    [Fact]
    public async Task OcrPassport_MissingExtendData_Answers400FieldRequired()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);

        using var response = await Wire.SendAsync(client, HttpMethod.Post, "services/ocr_passport/", access, Wire.Upload(extendData: null));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldBeJson("""{"extend_data": ["This field is required."]}""");
        fake.Recording.CreatedTaskIds.ShouldBeEmpty();
    }

    [Fact]
    public async Task OcrPassport_EverythingMissing_ListsAllProblemsInOneBody()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);

        using var response = await Wire.SendAsync(client, HttpMethod.Post, "services/ocr_passport/", access, Wire.Form(("something", "else")));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldBeJson("""{"passport_image": ["No file was submitted."], "extend_data": ["This field is required."]}""");
    }

    [Fact]
    public async Task OcrPassport_WithSelfieImageQuirk_AnswersTheDocumentationSampleVerbatim()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { ReportSelfieImageError = true });
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);

        using var rejected = await Wire.SendAsync(client, HttpMethod.Post, "services/ocr_passport/", access, Wire.Form());
        using var accepted = await Wire.SendAsync(client, HttpMethod.Post, "services/ocr_passport/", access, Wire.Upload());

        rejected.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await rejected.Content.ReadAsStringAsync()).ShouldBeJson(DocumentationSamples.OcrPassportBadRequest);
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task OcrPassport_EmptyOrNonImageFile_Answers400LikeAnImageField()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);

        using var empty = await Wire.SendAsync(client, HttpMethod.Post, "services/ocr_passport/", access, Wire.Upload(image: []));
        using var text = await Wire.SendAsync(client, HttpMethod.Post, "services/ocr_passport/", access, Wire.Upload(image: "hello"u8.ToArray(), fileName: "a.txt", contentType: "text/plain"));
        using var blank = await Wire.SendAsync(client, HttpMethod.Post, "services/ocr_passport/", access, Wire.Upload(extendData: " "));

        (await empty.Content.ReadAsStringAsync()).ShouldBeJson("""{"passport_image": ["The submitted file is empty."]}""");
        (await text.Content.ReadAsStringAsync()).ShouldBeJson(
            """{"passport_image": ["Upload a valid image. The file you uploaded was either not an image or a corrupted image."]}""");
        (await blank.Content.ReadAsStringAsync()).ShouldBeJson("""{"extend_data": ["This field may not be blank."]}""");
    }

    [Fact]
    public async Task OcrPassport_Upload_IsRecordedWithFieldsNameTypeLengthAndSha256()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);
        var png = SampleImages.Png;

        using var response = await Wire.SendAsync(client, HttpMethod.Post, "services/ocr_passport/", access, Wire.Upload(png, "scan.png", "image/png", extendData: "true"));

        var upload = fake.Recording.Uploads.ShouldHaveSingleItem();
        upload.ExtendData.ShouldBe("true");
        upload.FileName.ShouldBe("scan.png");
        upload.ContentType.ShouldBe("image/png");
        upload.FileLength.ShouldBe(png.Length);
        upload.FileSha256.ShouldBe(Wire.Sha256(png));
        upload.HasFile.ShouldBeTrue();
        upload.Request.HasAuthorization.ShouldBeTrue();
        upload.Request.AuthorizationScheme.ShouldBe("Bearer");
        upload.Request.StatusCode.ShouldBe(200);
        upload.TaskId.ShouldBe(fake.Recording.CreatedTaskIds.ShouldHaveSingleItem());
    }

    [Fact]
    public async Task OcrPassport_LargeImage_IsStreamedAndHashed()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);
        var big = SampleImages.JpegOfSize(10 * 1024 * 1024);

        using var form = new MultipartFormDataContent
        {
            { new StreamContent(new MemoryStream(big)) { Headers = { ContentType = new MediaTypeHeaderValue("image/jpeg") } }, "passport_image", "big.jpg" },
            { new StringContent("false"), "extend_data" },
        };
        using var response = await Wire.SendAsync(client, HttpMethod.Post, "services/ocr_passport/", access, form);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var upload = fake.Recording.Uploads.ShouldHaveSingleItem();
        upload.FileLength.ShouldBe(big.Length);
        upload.FileSha256.ShouldBe(Wire.Sha256(big));
    }
}

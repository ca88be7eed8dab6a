using System.Net;
using System.Text.Json;
using Progeny.Sdk.Testing.Tests.Support;

namespace Progeny.Sdk.Testing.Tests;

/// <summary>
/// Every documented service (progeny-api.md §4) at the wire, table-driven over <see cref="ServiceCase"/>: the route, the
/// form rules with Django REST Framework's messages, the recording, and the documented sample as the default result.
/// </summary>
public sealed class ProgenyFakeServerServiceTests
{
    [Theory]
    [MemberData(nameof(ServiceCase.Services), MemberType = typeof(ServiceCase))]
    public async Task Upload_ValidForm_AnswersAUuidTaskIdOfThatService(FakeService service)
    {
        var @case = ServiceCase.Of(service);
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);

        using var response = await Wire.SendAsync(client, HttpMethod.Post, @case.Path, access, @case.ValidForm());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync();
        Wire.Keys(body).ShouldBe(["id"]);
        using var json = JsonDocument.Parse(body);
        Guid.TryParseExact(json.RootElement.GetProperty("id").GetString(), "D", out _).ShouldBeTrue();
        fake.Recording.Count(@case.Endpoint).ShouldBe(1);
        fake.Recording.UploadCount.ShouldBe(1);
        fake.Recording.Uploads.ShouldHaveSingleItem().Service.ShouldBe(service);
    }

    [Theory]
    [MemberData(nameof(ServiceCase.Services), MemberType = typeof(ServiceCase))]
    public async Task Upload_EmptyForm_ListsEveryRequiredFieldWithItsMessageInOrder(FakeService service)
    {
        var @case = ServiceCase.Of(service);
        var expected = @case.Images.Select(name => (name, "No file was submitted."))
            .Concat(@case.RequiredTexts.Select(name => (name, "This field is required.")))
            .ToDictionary(e => e.name, e => new[] { e.Item2 });
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);

        using var response = await Wire.SendAsync(client, HttpMethod.Post, @case.Path, access, Wire.Form(("unrelated", "x")));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldBeJson(JsonSerializer.Serialize(expected));
        Wire.Keys(body).ShouldBe(@case.Images.Concat(@case.RequiredTexts));  // the fields in declaration order
        fake.Recording.CreatedTaskIds.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ServiceCase.ImageFields), MemberType = typeof(ServiceCase))]
    public async Task Upload_ImageSentAsPlainText_Answers400NotAFile(FakeService service, string field)
    {
        var @case = ServiceCase.Of(service);
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);
        var files = @case.Images.Where(name => name != field).Select(ServiceCase.Image);

        using var response = await Wire.SendAsync(client, HttpMethod.Post, @case.Path, access, ServiceCase.Form(files, [.. @case.Texts, (field, "/home/me/photo.jpg")]));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldBeJson($$"""{"{{field}}": ["The submitted data was not a file. Check the encoding type on the form."]}""");
    }

    [Theory]
    [MemberData(nameof(ServiceCase.ImageFields), MemberType = typeof(ServiceCase))]
    public async Task Upload_ImageOfMagicBytesOnly_Answers400UploadAValidImage(FakeService service, string field)
    {
        var @case = ServiceCase.Of(service);
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);
        var files = @case.Images.Select(name => name == field ? (name, new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "magic.jpg") : ServiceCase.Image(name));

        using var response = await Wire.SendAsync(client, HttpMethod.Post, @case.Path, access, ServiceCase.Form(files, @case.Texts));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldBeJson(
            $$"""{"{{field}}": ["Upload a valid image. The file you uploaded was either not an image or a corrupted image."]}""");
        fake.Recording.CreatedTaskIds.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ServiceCase.Services), MemberType = typeof(ServiceCase))]
    public async Task Upload_ValidForm_IsRecordedWithEveryFileAndTextField(FakeService service)
    {
        var @case = ServiceCase.Of(service);
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);

        using var response = await Wire.SendAsync(client, HttpMethod.Post, @case.Path, access, @case.ValidForm());

        var upload = fake.Recording.Uploads.ShouldHaveSingleItem();
        upload.Service.ShouldBe(service);
        upload.TaskId.ShouldBe(fake.Recording.CreatedTaskIds.ShouldHaveSingleItem());
        upload.Fields.ShouldBe(@case.Texts.ToDictionary(t => t.Name, t => t.Value), ignoreOrder: true);
        upload.Files.Select(f => f.FieldName).ShouldBe(@case.Images);
        foreach (var file in upload.Files)
        {
            var sent = SampleImages.JpegWith(file.FieldName);
            file.FileName.ShouldBe(file.FieldName + ".jpg");
            file.ContentType.ShouldBe("image/jpeg");
            file.Length.ShouldBe(sent.Length);
            file.Sha256.ShouldBe(Wire.Sha256(sent));
            file.Content.ToArray().ShouldBe(sent);
            upload.File(file.FieldName).ShouldBeSameAs(file);
        }

        // The members of the one-image era describe the service's main image.
        upload.HasFile.ShouldBe(@case.MainFile is not null);
        upload.FileName.ShouldBe(@case.MainFile is null ? null : @case.MainFile + ".jpg");
        upload.FileSha256.ShouldBe(@case.MainFile is null ? null : Wire.Sha256(SampleImages.JpegWith(@case.MainFile)));
        upload.FileLength.ShouldBe(@case.MainFile is null ? 0 : SampleImages.JpegWith(@case.MainFile).Length);
    }

    [Theory]
    [MemberData(nameof(ServiceCase.Services), MemberType = typeof(ServiceCase))]
    public async Task Upload_WithoutBearerToken_Answers401AndCreatesNoTask(FakeService service)
    {
        var @case = ServiceCase.Of(service);
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);

        using var response = await Wire.SendAsync(client, HttpMethod.Post, @case.Path, access: null, @case.ValidForm());

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer realm=\"api\"");
        (await response.Content.ReadAsStringAsync()).ShouldBeJson("""{"detail": "Authentication credentials were not provided."}""");
        fake.Recording.CreatedTaskIds.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ServiceCase.Services), MemberType = typeof(ServiceCase))]
    public async Task Upload_PathWithoutTrailingSlash_Answers301ToTheSlashedPathWithAnEmptyBody(FakeService service)
    {
        var @case = ServiceCase.Of(service);
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake, followRedirects: false);
        var (access, _) = await Wire.LoginAsync(client, fake);

        using var response = await Wire.SendAsync(client, HttpMethod.Post, @case.Path.TrimEnd('/'), access, @case.ValidForm());

        response.StatusCode.ShouldBe(HttpStatusCode.MovedPermanently);
        response.Headers.Location!.OriginalString.ShouldBe("/api/v3/" + @case.Path);
        (await response.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
        fake.Recording.CreatedTaskIds.ShouldBeEmpty();
    }

    public static TheoryData<FakeService, long, string> DocumentedResults { get; } = new()
    {
        { FakeService.OcrPassport, 2188, DocumentationSamples.OcrPassportTask },
        { FakeService.KycPassport, 2188, DocumentationSamples.OcrPassportTask },
        { FakeService.KycCard, 2188, DocumentationSamples.OcrPassportTask },
        { FakeService.OcrCard, 2188, WithoutFaceChecks(DocumentationSamples.OcrPassportTask) },
        { FakeService.FaceLiveness, 2182, DocSamples.FaceLivenessTask },
        { FakeService.RegisterFace, 2170, DocSamples.RegisterFaceTask },
        { FakeService.AuthenticateFace, 2172, DocSamples.AuthenticateFaceTask },
        { FakeService.BackgroundCheck, 2188, """{"id": 2188, "status": "SUCCESS", "result": {"status": 200, "data": """ + DocSamples.BackgroundCheckUnenveloped + "}}" },
    };

    [Theory]
    [MemberData(nameof(DocumentedResults))]
    public async Task Task_DefaultOutcome_AnswersTheServicesDocumentedSampleVerbatim(FakeService service, long recordId, string expected)
    {
        var @case = ServiceCase.Of(service);
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [], FirstTaskRecordId = recordId });
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);
        using var upload = await Wire.SendAsync(client, HttpMethod.Post, @case.Path, access, @case.ValidForm());
        using var created = JsonDocument.Parse(await upload.Content.ReadAsStringAsync());

        var (status, body) = await Wire.ReadTaskAsync(client, access, created.RootElement.GetProperty("id").GetString()!);

        status.ShouldBe(200);
        body.ShouldBeJson(expected);
    }

    [Fact]
    public async Task Upload_DocumentedBadRequestSamples_AreAnsweredVerbatim()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { ReportSelfieImageError = true });
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);

        using var card = await Wire.SendAsync(client, HttpMethod.Post, "services/ocr_card/", access, Wire.Form());
        using var authenticate = await Wire.SendAsync(client, HttpMethod.Post, "services/authenticate_face/", access, Wire.Form(("image", "face.jpg")));
        using var background = await Wire.SendAsync(client, HttpMethod.Post, "services/background_check/", access, Wire.Form());
        using var liveness = await Wire.SendAsync(client, HttpMethod.Post, "services/face_liveness/", access, Wire.Form());
        using var register = await Wire.SendAsync(client, HttpMethod.Post, "services/register_face/", access, Wire.Form(("image", "face.jpg")));

        (await card.Content.ReadAsStringAsync()).ShouldBeJson(DocSamples.OcrCardBadRequest);
        (await authenticate.Content.ReadAsStringAsync()).ShouldBeJson(DocSamples.AuthenticateFaceBadRequest);
        (await background.Content.ReadAsStringAsync()).ShouldBeJson(DocSamples.BackgroundCheckBadRequest);
        (await liveness.Content.ReadAsStringAsync()).ShouldBeJson("""{"image": ["No file was submitted."]}""");
        (await register.Content.ReadAsStringAsync()).ShouldBeJson("""{"image": ["The submitted data was not a file. Check the encoding type on the form."]}""");
    }

    [Theory]
    [InlineData("1991-09-24", null)]
    [InlineData("1991-9-4", null)]
    [InlineData("2024-02-29", null)]
    [InlineData("24.09.1991", "Date has wrong format. Use one of these formats instead: YYYY-MM-DD.")]
    [InlineData("1991-02-30", "Date has wrong format. Use one of these formats instead: YYYY-MM-DD.")]
    [InlineData("1991-09-24T00:00", "Date has wrong format. Use one of these formats instead: YYYY-MM-DD.")]
    [InlineData("", "Date has wrong format. Use one of these formats instead: YYYY-MM-DD.")]
    public async Task BackgroundCheck_BirthDate_IsReadLikeADateField(string birthDate, string? error)
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);

        using var response = await Wire.SendAsync(client, HttpMethod.Post, "services/background_check/", access,
            Wire.Form(("fullname", "VALERIA PERFILOVA"), ("birth_date", birthDate)));

        var body = await response.Content.ReadAsStringAsync();
        if (error is null)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        else
        {
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            body.ShouldBeJson($$"""{"birth_date": ["{{error}}"]}""");
        }
    }

    [Theory]
    [InlineData(FakeService.FaceLiveness, "maybe", """{"extend_data": ["Must be a valid boolean."]}""")]
    [InlineData(FakeService.RegisterFace, "yes", null)]
    [InlineData(FakeService.RegisterFace, null, null)]
    [InlineData(FakeService.AuthenticateFace, null, null)]
    [InlineData(FakeService.AuthenticateFace, " ", """{"extend_data": ["This field may not be blank."]}""")]
    [InlineData(FakeService.KycCard, null, """{"extend_data": ["This field is required."]}""")]
    [InlineData(FakeService.OcrCard, "", """{"extend_data": ["This field may not be blank."]}""")]
    public async Task Upload_ExtendData_IsReadAsEachServicesFieldKind(FakeService service, string? extendData, string? error)
    {
        var @case = ServiceCase.Of(service);
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);
        var texts = @case.Texts.Where(t => t.Name != "extend_data").Concat(extendData is null ? [] : [("extend_data", extendData)]);

        using var response = await Wire.SendAsync(client, HttpMethod.Post, @case.Path, access, ServiceCase.Form(@case.Images.Select(ServiceCase.Image), texts));

        if (error is null)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        else
        {
            (await response.Content.ReadAsStringAsync()).ShouldBeJson(error);
        }
    }

    private static string WithoutFaceChecks(string sample)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(sample)!;
        var data = node["result"]!["data"]!.AsObject();
        data.Remove("compare");
        data.Remove("liveness");
        return node.ToJsonString();
    }
}

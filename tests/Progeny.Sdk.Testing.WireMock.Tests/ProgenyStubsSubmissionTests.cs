using System.Net;
using Progeny.Sdk.Testing.WireMock.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Progeny.Sdk.Testing.WireMock.Tests;

public sealed class ProgenyStubsSubmissionTests : IDisposable
{
    private readonly WireMockServer _server = StubServer.Start();

    public void Dispose() => _server.Dispose();

    [Theory]
    [MemberData(nameof(ServiceForms.Services), MemberType = typeof(ServiceForms))]
    public async Task WithTasks_EachServiceByDefault_AnswersATaskIdThenTheDocumentedTask(ProgenyEndpoint service)
    {
        var progeny = _server.GivenProgeny();
        using var wire = new Wire(progeny);
        await wire.LoginAsync();
        var (fields, files) = ServiceForms.Complete(service);

        var (status, body) = await wire.PostAsync(ServiceForms.Path(service), Wire.Form(fields, files));

        status.ShouldBe(HttpStatusCode.OK);
        var taskId = Wire.Parse(body)["id"]!.GetValue<string>();
        Guid.TryParse(taskId, out _).ShouldBeTrue();
        var (readStatus, task) = await wire.GetTaskAsync(taskId);
        readStatus.ShouldBe(HttpStatusCode.OK);
        Wire.ShouldBeJson(task, ServiceForms.DocumentedTask(service));
    }

    [Theory]
    [MemberData(nameof(ServiceForms.Services), MemberType = typeof(ServiceForms))]
    public async Task Submission_EveryFieldMissing_Answers400NamingEachRequiredFieldAndCreatesNoTask(ProgenyEndpoint service)
    {
        var progeny = _server.GivenProgeny();
        using var wire = new Wire(progeny);
        await wire.LoginAsync();

        var (status, body) = await wire.PostAsync(ServiceForms.Path(service), Wire.Form([("unrelated", "x")]));

        status.ShouldBe(HttpStatusCode.BadRequest);
        Wire.ShouldBeJson(body, ServiceForms.EmptyFormErrors(service));
        progeny.Uploads.ShouldHaveSingleItem().TaskId.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(ServiceForms.Services), MemberType = typeof(ServiceForms))]
    public async Task Uploads_EachServiceSubmission_RecordsItsFieldsFileBytesAndTaskId(ProgenyEndpoint service)
    {
        var progeny = _server.GivenProgeny();
        using var wire = new Wire(progeny);
        await wire.LoginAsync();
        var (fields, files) = ServiceForms.Complete(service);

        var (_, body) = await wire.PostAsync(ServiceForms.Path(service), Wire.Form(fields, files));

        var upload = progeny.Uploads.ShouldHaveSingleItem();
        upload.Endpoint.ShouldBe(service);
        upload.StatusCode.ShouldBe(200);
        upload.TaskId.ShouldBe(Wire.Parse(body)["id"]!.GetValue<string>());
        upload.Fields.ShouldBe(fields.ToDictionary(field => field.Name, field => field.Value), ignoreOrder: true);
        upload.Files.Keys.ShouldBe(files.Select(file => file.Name), ignoreOrder: true);
        foreach (var (name, fileName, content) in files)
        {
            upload.Files[name].FileName.ShouldBe(fileName);
            upload.Files[name].Content.ToArray().ShouldBe(content);
        }
    }

    public static TheoryData<string, byte[]> NotImages { get; } = new()
    {
        { "passport.jpg", [0xFF, 0xD8, 0xFF, 0xE0] },
        { "passport.jpg", TestImages.Jpeg[..100] },
        { "passport.png", TestImages.Png[..16] },
        { "passport.png", [.. TestImages.Png[..8], .. "IEND"u8] },
        { "passport.jpg", [.. "GIF89a"u8, 1, 0, 1, 0] },
    };

    [Theory]
    [MemberData(nameof(NotImages))]
    public async Task Submission_MagicBytesOrATruncatedImage_Answers400UploadAValidImage(string fileName, byte[] content)
    {
        var progeny = _server.GivenProgeny();
        using var wire = new Wire(progeny);
        await wire.LoginAsync();

        var (status, body) = await wire.PostAsync("services/ocr_passport/", Wire.Form([("extend_data", "false")], ("passport_image", fileName, content)));

        status.ShouldBe(HttpStatusCode.BadRequest);
        Wire.ShouldBeJson(body, """{"passport_image": ["Upload a valid image. The file you uploaded was either not an image or a corrupted image."]}""");
    }

    [Fact]
    public async Task Submission_ImageCheckOff_AcceptsMagicBytesOnly()
    {
        var progeny = _server.GivenProgeny(new ProgenyStubOptions { ValidateImageContent = false });
        using var wire = new Wire(progeny);
        await wire.LoginAsync();

        var (status, _) = await wire.PostAsync("services/ocr_passport/", Wire.Form([("extend_data", "false")], ("passport_image", "passport.jpg", [0xFF, 0xD8, 0xFF, 0xE0])));

        status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Submission_FileFieldSentAsTextAndEmptyFile_AnswersDjangoMessages()
    {
        var progeny = _server.GivenProgeny();
        using var wire = new Wire(progeny);
        await wire.LoginAsync();

        var (status, body) = await wire.PostAsync(
            "services/kyc_passport/",
            Wire.Form([("passport_image", "passport.jpg"), ("extend_data", " ")], ("selfie_image", "selfie.jpg", [])));

        status.ShouldBe(HttpStatusCode.BadRequest);
        Wire.ShouldBeJson(body, """
            {
                "selfie_image": ["The submitted file is empty."],
                "passport_image": ["The submitted data was not a file. Check the encoding type on the form."],
                "extend_data": ["This field may not be blank."]
            }
            """);
    }

    [Fact]
    public async Task GivenProgeny_AMappingOfYoursAtTheDefaultPriority_WinsOverTheStubs()
    {
        var progeny = _server.GivenProgeny();
        _server.Given(Request.Create().WithPath("/api/v3/services/ocr_passport/").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"id": "mine"}"""));
        using var wire = new Wire(progeny);
        await wire.LoginAsync();
        var (fields, files) = ServiceForms.Complete(ProgenyEndpoint.OcrPassport);

        var (_, body) = await wire.PostAsync("services/ocr_passport/", Wire.Form(fields, files));

        Wire.ShouldBeJson(body, """{"id": "mine"}""");
    }

    [Fact]
    public async Task Submission_NotMultipart_Answers415()
    {
        var progeny = _server.GivenProgeny();
        using var wire = new Wire(progeny);
        await wire.LoginAsync();

        var (status, body) = await wire.PostAsync("services/ocr_passport/", new StringContent("<xml/>", System.Text.Encoding.UTF8, "application/xml"));

        status.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        Wire.ShouldBeJson(body, """{"detail": "Unsupported media type \"application/xml\" in request."}""");
    }

    [Fact]
    public async Task Submission_WrongMethodOrUnknownService_Answers405Or404()
    {
        var progeny = _server.GivenProgeny();
        using var wire = new Wire(progeny);
        await wire.LoginAsync();

        using var get = await wire.SendRawAsync(HttpMethod.Get, "services/ocr_passport/");
        using var unknown = await wire.SendRawAsync(HttpMethod.Post, "services/kyc_card_with_background_check/", Wire.Form([]));

        get.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        get.Content.Headers.Allow.ShouldBe(["POST", "OPTIONS"]);
        Wire.ShouldBeJson(await get.Content.ReadAsStringAsync(), """{"detail": "Method \"GET\" not allowed."}""");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

using Progeny.Sdk.Tests.TestSupport;

namespace Progeny.Sdk.Tests.Services;

/// <summary>
/// Every v3 service with a request whose images are all different (so a test can tell them apart on the wire) and
/// <c>ExtendData</c> set where the service takes it.
/// </summary>
internal static class ServiceCatalog
{
    public const string FaceId = "d3da2b7a-b062-11ec-b3b9-0242ac190002";
    public const string FullName = "VALERIA PERFILOVA";
    public static readonly DateOnly BirthDate = new(1991, 9, 4);

    public static readonly byte[] First = TestImages.Jpeg;
    public static readonly byte[] Second = TestImages.Png;
    public static readonly byte[] Third = TestImages.JpegOfSize(300);

    public static ProgenyImage Image(byte[] bytes, string name) => ProgenyImage.FromBytes(bytes, name);

    public static IEnumerable<ServiceCase> All =>
    [
        new("ocr_passport",
            [ExpectedField.Image("passport_image", First, "image/jpeg"), ExpectedField.Value("extend_data", "true")],
            DocumentationSamples.OcrPassportTask,
            async (c, t) => await c.OcrPassport.RunAsync(new(Image(First, "p.jpg")) { ExtendData = true }, t),
            c => c.OcrPassport.SubmitAsync(new(Image(First, "p.jpg")) { ExtendData = true }),
            async (c, id) => await c.OcrPassport.WaitForAsync(id),
            (c, last) => c.OcrPassport.RunAsync(new(last))),
        new("ocr_card",
            [ExpectedField.Image("front_id", First, "image/jpeg"), ExpectedField.Image("back_id", Second, "image/png"), ExpectedField.Value("extend_data", "true")],
            DocumentationSamples.OcrPassportTask,
            async (c, t) => await c.OcrCard.RunAsync(new(Image(First, "f.jpg"), Image(Second, "b.png")) { ExtendData = true }, t),
            c => c.OcrCard.SubmitAsync(new(Image(First, "f.jpg"), Image(Second, "b.png")) { ExtendData = true }),
            async (c, id) => await c.OcrCard.WaitForAsync(id),
            (c, last) => c.OcrCard.RunAsync(new(Image(First, "f.jpg"), last))),
        new("kyc_passport",
            [ExpectedField.Image("passport_image", First, "image/jpeg"), ExpectedField.Image("selfie_image", Second, "image/png"), ExpectedField.Value("extend_data", "true")],
            DocumentationSamples.OcrPassportTask,
            async (c, t) => await c.KycPassport.RunAsync(new(Image(First, "p.jpg"), Image(Second, "s.png")) { ExtendData = true }, t),
            c => c.KycPassport.SubmitAsync(new(Image(First, "p.jpg"), Image(Second, "s.png")) { ExtendData = true }),
            async (c, id) => await c.KycPassport.WaitForAsync(id),
            (c, last) => c.KycPassport.RunAsync(new(Image(First, "p.jpg"), last))),
        new("kyc_card",
            [
                ExpectedField.Image("front_id", First, "image/jpeg"), ExpectedField.Image("back_id", Second, "image/png"),
                ExpectedField.Image("selfie_image", Third, "image/jpeg"), ExpectedField.Value("extend_data", "true"),
            ],
            DocumentationSamples.OcrPassportTask,
            async (c, t) => await c.KycCard.RunAsync(new(Image(First, "f.jpg"), Image(Second, "b.png"), Image(Third, "s.jpg")) { ExtendData = true }, t),
            c => c.KycCard.SubmitAsync(new(Image(First, "f.jpg"), Image(Second, "b.png"), Image(Third, "s.jpg")) { ExtendData = true }),
            async (c, id) => await c.KycCard.WaitForAsync(id),
            (c, last) => c.KycCard.RunAsync(new(Image(First, "f.jpg"), Image(Second, "b.png"), last))),
        new("face_liveness",
            [ExpectedField.Image("image", First, "image/jpeg"), ExpectedField.Value("extend_data", "true")],
            DocumentationSamples.FaceLivenessTask,
            async (c, t) => await c.FaceLiveness.RunAsync(new(Image(First, "f.jpg")) { ExtendData = true }, t),
            c => c.FaceLiveness.SubmitAsync(new(Image(First, "f.jpg")) { ExtendData = true }),
            async (c, id) => await c.FaceLiveness.WaitForAsync(id),
            (c, last) => c.FaceLiveness.RunAsync(new(last))),
        new("register_face",
            [ExpectedField.Image("image", First, "image/jpeg"), ExpectedField.Value("extend_data", "true")],
            DocumentationSamples.RegisterFaceTask,
            async (c, t) => await c.RegisterFace.RunAsync(new(Image(First, "f.jpg")) { ExtendData = true }, t),
            c => c.RegisterFace.SubmitAsync(new(Image(First, "f.jpg")) { ExtendData = true }),
            async (c, id) => await c.RegisterFace.WaitForAsync(id),
            (c, last) => c.RegisterFace.RunAsync(new(last))),
        new("authenticate_face",
            [ExpectedField.Image("image", First, "image/jpeg"), ExpectedField.Value("uuid", FaceId), ExpectedField.Value("extend_data", "true")],
            DocumentationSamples.AuthenticateFaceTask,
            async (c, t) => await c.AuthenticateFace.RunAsync(new(Image(First, "f.jpg"), FaceId) { ExtendData = true }, t),
            c => c.AuthenticateFace.SubmitAsync(new(Image(First, "f.jpg"), FaceId) { ExtendData = true }),
            async (c, id) => await c.AuthenticateFace.WaitForAsync(id),
            (c, last) => c.AuthenticateFace.RunAsync(new(last, FaceId))),
        new("background_check",
            [ExpectedField.Value("fullname", FullName), ExpectedField.Value("birth_date", "1991-09-04")],
            DocumentationSamples.BackgroundCheckUnenveloped,
            async (c, t) => await c.BackgroundCheck.RunAsync(new(FullName, BirthDate), t),
            c => c.BackgroundCheck.SubmitAsync(new(FullName, BirthDate)),
            async (c, id) => await c.BackgroundCheck.WaitForAsync(id),
            RunWithLastImage: null),
    ];

    public static TheoryData<ServiceCase> Cases() => [.. All];

    public static TheoryData<ServiceCase> ImageCases() => [.. All.Where(service => service.RunWithLastImage is not null)];

    /// <summary>Stubs the login, every service's submit (answering the documentation's task id) and this service's finished task.</summary>
    public static ProgenyWireMock Serve(this ProgenyWireMock server, ServiceCase service, string? finishedTask = null)
    {
        server.StubLogin().StubTask(finishedTask ?? service.FinishedTask);
        foreach (var each in All)
        {
            server.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath(each.Path).UsingPost())
                .RespondWith(ProgenyWireMock.Json(200, DocumentationSamples.TaskCreated));
        }

        return server;
    }
}

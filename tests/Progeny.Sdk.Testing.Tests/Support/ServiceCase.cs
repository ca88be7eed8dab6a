namespace Progeny.Sdk.Testing.Tests.Support;

/// <summary>
/// One documented service as these tests know it (progeny-api.md §4), independently of the fake's own catalog: its path,
/// its fields in the order a 400 lists them, a valid form, and its documented result data.
/// </summary>
internal sealed record ServiceCase(FakeService Service, FakeEndpoint Endpoint, string Name, string[] Images, (string Name, string Value)[] Texts, string[] RequiredTexts, string? MainFile)
{
    public static IReadOnlyList<ServiceCase> All { get; } =
    [
        new(FakeService.OcrPassport, FakeEndpoint.OcrPassport, "ocr_passport", ["passport_image"], [("extend_data", "false")], ["extend_data"], "passport_image"),
        new(FakeService.OcrCard, FakeEndpoint.OcrCard, "ocr_card", ["front_id", "back_id"], [("extend_data", "false")], ["extend_data"], "front_id"),
        new(FakeService.KycPassport, FakeEndpoint.KycPassport, "kyc_passport", ["selfie_image", "passport_image"], [("extend_data", "false")], ["extend_data"], "passport_image"),
        new(FakeService.KycCard, FakeEndpoint.KycCard, "kyc_card", ["selfie_image", "front_id", "back_id"], [("extend_data", "false")], ["extend_data"], "front_id"),
        new(FakeService.FaceLiveness, FakeEndpoint.FaceLiveness, "face_liveness", ["image"], [("extend_data", "false")], [], "image"),
        new(FakeService.RegisterFace, FakeEndpoint.RegisterFace, "register_face", ["image"], [("extend_data", "true")], [], "image"),
        new(FakeService.AuthenticateFace, FakeEndpoint.AuthenticateFace, "authenticate_face", ["image"], [("uuid", "d3da2b7a-b062-11ec-b3b9-0242ac190002"), ("extend_data", "false")], ["uuid"], "image"),
        new(FakeService.BackgroundCheck, FakeEndpoint.BackgroundCheck, "background_check", [], [("fullname", "VALERIA PERFILOVA"), ("birth_date", "1991-09-24")], ["fullname", "birth_date"], null),
    ];

    /// <summary>Every service, for <c>[MemberData]</c>.</summary>
    public static TheoryData<FakeService> Services { get; } = [.. All.Select(c => c.Service)];

    /// <summary>Every (service, image field) pair, for <c>[MemberData]</c>.</summary>
    public static TheoryData<FakeService, string> ImageFields { get; } = ImageFieldsOf(All);

    public string Path => $"services/{Name}/";

    public static ServiceCase Of(FakeService service) => All.Single(c => c.Service == service);

    /// <summary>The valid form: each image a distinct real JPEG (carrying its field name), then the text fields.</summary>
    public MultipartFormDataContent ValidForm() => Form(Images.Select(Image).ToList(), Texts);

    public static (string Name, byte[] Content, string FileName) Image(string field) => (field, SampleImages.JpegWith(field), field + ".jpg");

    public static MultipartFormDataContent Form(IEnumerable<(string Name, byte[] Content, string FileName)> files, IEnumerable<(string Name, string Value)> texts) =>
        Wire.Form(files, [.. texts]);

    public override string ToString() => Name;

    private static TheoryData<FakeService, string> ImageFieldsOf(IEnumerable<ServiceCase> cases)
    {
        var data = new TheoryData<FakeService, string>();
        foreach (var @case in cases)
        {
            foreach (var image in @case.Images)
            {
                data.Add(@case.Service, image);
            }
        }

        return data;
    }
}

namespace Progeny.Sdk.Testing.WireMock.Tests.Support;

/// <summary>Each v3 service's submission as design.md §1b and progeny-api.md §4 define it, and its documented task answer.</summary>
internal static class ServiceForms
{
    public static readonly byte[] Selfie = TestImages.Jpeg;
    public static readonly byte[] Front = TestImages.Png;
    public static readonly byte[] Back = File.ReadAllBytes("passport.jpg");

    public static TheoryData<ProgenyEndpoint> Services { get; } =
    [
        ProgenyEndpoint.OcrPassport, ProgenyEndpoint.OcrCard, ProgenyEndpoint.KycPassport, ProgenyEndpoint.KycCard,
        ProgenyEndpoint.FaceLiveness, ProgenyEndpoint.RegisterFace, ProgenyEndpoint.AuthenticateFace, ProgenyEndpoint.BackgroundCheck,
    ];

    public static string Path(ProgenyEndpoint service) => service switch
    {
        ProgenyEndpoint.OcrPassport => "services/ocr_passport/",
        ProgenyEndpoint.OcrCard => "services/ocr_card/",
        ProgenyEndpoint.KycPassport => "services/kyc_passport/",
        ProgenyEndpoint.KycCard => "services/kyc_card/",
        ProgenyEndpoint.FaceLiveness => "services/face_liveness/",
        ProgenyEndpoint.RegisterFace => "services/register_face/",
        ProgenyEndpoint.AuthenticateFace => "services/authenticate_face/",
        ProgenyEndpoint.BackgroundCheck => "services/background_check/",
        _ => throw new ArgumentOutOfRangeException(nameof(service)),
    };

    /// <summary>The text fields and file parts a client sends, as the SDK's requests will (§1b).</summary>
    public static ((string Name, string Value)[] Fields, (string Name, string FileName, byte[] Content)[] Files) Complete(ProgenyEndpoint service) => service switch
    {
        ProgenyEndpoint.OcrPassport => ([("extend_data", "false")], [("passport_image", "passport.jpg", Back)]),
        ProgenyEndpoint.OcrCard => ([("extend_data", "false")], [("front_id", "front.png", Front), ("back_id", "back.jpg", Back)]),
        ProgenyEndpoint.KycPassport => ([("extend_data", "true")], [("passport_image", "passport.jpg", Back), ("selfie_image", "selfie.jpg", Selfie)]),
        ProgenyEndpoint.KycCard => ([("extend_data", "false")], [("front_id", "front.png", Front), ("back_id", "back.jpg", Back), ("selfie_image", "selfie.jpg", Selfie)]),
        ProgenyEndpoint.FaceLiveness => ([("extend_data", "false")], [("image", "face.jpg", Selfie)]),
        ProgenyEndpoint.RegisterFace => ([("extend_data", "false")], [("image", "face.jpg", Selfie)]),
        ProgenyEndpoint.AuthenticateFace => ([("uuid", "d3da2b7a-b062-11ec-b3b9-0242ac190002"), ("extend_data", "false")], [("image", "face.jpg", Selfie)]),
        ProgenyEndpoint.BackgroundCheck => ([("fullname", "VALERIA PERFILOVA"), ("birth_date", "1991-09-24")], []),
        _ => throw new ArgumentOutOfRangeException(nameof(service)),
    };

    /// <summary>The 400 body of an empty submission: every required field, in the service's order, with Django REST Framework's message.</summary>
    public static string EmptyFormErrors(ProgenyEndpoint service) => service switch
    {
        ProgenyEndpoint.OcrPassport => """{"passport_image": ["No file was submitted."], "extend_data": ["This field is required."]}""",
        ProgenyEndpoint.OcrCard => """{"front_id": ["No file was submitted."], "back_id": ["No file was submitted."], "extend_data": ["This field is required."]}""",
        ProgenyEndpoint.KycPassport => """{"selfie_image": ["No file was submitted."], "passport_image": ["No file was submitted."], "extend_data": ["This field is required."]}""",
        ProgenyEndpoint.KycCard => """{"selfie_image": ["No file was submitted."], "front_id": ["No file was submitted."], "back_id": ["No file was submitted."], "extend_data": ["This field is required."]}""",
        ProgenyEndpoint.FaceLiveness or ProgenyEndpoint.RegisterFace => """{"image": ["No file was submitted."]}""",
        ProgenyEndpoint.AuthenticateFace => """{"image": ["No file was submitted."], "uuid": ["This field is required."]}""",
        ProgenyEndpoint.BackgroundCheck => """{"fullname": ["This field is required."], "birth_date": ["This field is required."]}""",
        _ => throw new ArgumentOutOfRangeException(nameof(service)),
    };

    public static string DocumentedTask(ProgenyEndpoint service) => service switch
    {
        ProgenyEndpoint.OcrPassport => DocumentationSamples.OcrPassportTask,
        ProgenyEndpoint.OcrCard => DocumentedTasks.OcrCard,
        ProgenyEndpoint.KycPassport or ProgenyEndpoint.KycCard => DocumentedTasks.Kyc,
        ProgenyEndpoint.FaceLiveness => DocumentationSamples.FaceLivenessTask,
        ProgenyEndpoint.RegisterFace => DocumentationSamples.RegisterFaceTask,
        ProgenyEndpoint.AuthenticateFace => DocumentationSamples.AuthenticateFaceTask,
        ProgenyEndpoint.BackgroundCheck => DocumentationSamples.BackgroundCheckUnenveloped,
        _ => throw new ArgumentOutOfRangeException(nameof(service)),
    };
}

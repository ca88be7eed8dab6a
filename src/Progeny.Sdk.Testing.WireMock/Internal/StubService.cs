namespace Progeny.Sdk.Testing.WireMock.Internal;

/// <summary>
/// One v3 service as the stubs serve it: its path, the multipart fields it requires (design.md §1b, progeny-api.md §4),
/// its documented 400 body and its documented task answer.
/// </summary>
internal sealed record StubService(
    ProgenyEndpoint Endpoint,
    string Name,
    string[] FileFields,
    string[] TextFields,
    bool RequiresExtendData,
    string DocumentedBadRequest,
    Func<StubTask> DocumentedTask)
{
    public const string NoFile = "No file was submitted.";
    public const string Required = "This field is required.";

    public static IReadOnlyList<StubService> All { get; } =
    [
        new(ProgenyEndpoint.OcrPassport, "ocr_passport", ["passport_image"], [], RequiresExtendData: true,
            Errors(("selfie_image", NoFile), ("passport_image", NoFile), ("extend_data", Required)), () => StubTask.OcrPassport()),
        new(ProgenyEndpoint.OcrCard, "ocr_card", ["front_id", "back_id"], [], RequiresExtendData: true,
            Errors(("selfie_image", NoFile), ("front_id", NoFile), ("back_id", NoFile), ("extend_data", Required)), () => StubTask.OcrCard()),
        new(ProgenyEndpoint.KycPassport, "kyc_passport", ["selfie_image", "passport_image"], [], RequiresExtendData: true,
            Errors(("selfie_image", NoFile), ("passport_image", NoFile), ("extend_data", Required)), () => StubTask.KycPassport()),
        new(ProgenyEndpoint.KycCard, "kyc_card", ["selfie_image", "front_id", "back_id"], [], RequiresExtendData: true,
            Errors(("selfie_image", NoFile), ("front_id", NoFile), ("back_id", NoFile), ("extend_data", Required)), () => StubTask.KycCard()),
        new(ProgenyEndpoint.FaceLiveness, "face_liveness", ["image"], [], RequiresExtendData: false,
            Errors(("image", NoFile)), () => StubTask.FaceLiveness()),
        new(ProgenyEndpoint.RegisterFace, "register_face", ["image"], [], RequiresExtendData: false,
            Errors(("image", "The submitted data was not a file. Check the encoding type on the form.")), () => StubTask.RegisterFace()),
        new(ProgenyEndpoint.AuthenticateFace, "authenticate_face", ["image"], ["uuid"], RequiresExtendData: false,
            Errors(("image", "The submitted data was not a file. Check the encoding type on the form."), ("uuid", Required)), () => StubTask.AuthenticateFace()),
        new(ProgenyEndpoint.BackgroundCheck, "background_check", [], ["fullname", "birth_date"], RequiresExtendData: false,
            Errors(("fullname", Required), ("birth_date", Required)), () => StubTask.BackgroundCheck()),
    ];

    /// <summary>Gets the absolute path, e.g. <c>/api/v3/services/ocr_passport/</c>.</summary>
    public string Path => $"{StubPaths.Services}{Name}/";

    public static StubService Of(ProgenyEndpoint endpoint) =>
        All.FirstOrDefault(service => service.Endpoint == endpoint)
        ?? throw new ArgumentException($"{endpoint} is not a service that takes submissions.", nameof(endpoint));

    private static string Errors(params (string Field, string Message)[] errors) =>
        StubJson.FieldErrors(errors.Select(error => KeyValuePair.Create(error.Field, error.Message)));
}

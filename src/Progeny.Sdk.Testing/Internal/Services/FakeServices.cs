namespace Progeny.Sdk.Testing.Internal;

/// <summary>The catalog: one definition per documented v3 service (progeny-api.md §4).</summary>
internal static class FakeServices
{
    public const string ServicesPath = "/api/v3/services/";

    private static readonly FakeField ExtendDataText = new("extend_data", FakeFieldKind.Text);
    private static readonly FakeField ExtendDataBoolean = new("extend_data", FakeFieldKind.OptionalBoolean);

    /// <summary>Every service, in <see cref="FakeService"/> order.</summary>
    public static IReadOnlyList<FakeServiceDefinition> All { get; } =
    [
        new()
        {
            Service = FakeService.OcrPassport,
            Endpoint = FakeEndpoint.OcrPassport,
            Name = "ocr_passport",
            Fields = [Image("passport_image"), ExtendDataText],
            MainFile = "passport_image",
            CheckName = "document",
            HasDocument = true,
            HasFaceChecks = true,
            ListsSelfieImage = true,
        },
        new()
        {
            Service = FakeService.OcrCard,
            Endpoint = FakeEndpoint.OcrCard,
            Name = "ocr_card",
            Fields = [Image("front_id"), Image("back_id"), ExtendDataText],
            MainFile = "front_id",
            CheckName = "document",
            HasDocument = true,
            ListsSelfieImage = true,
        },
        new()
        {
            Service = FakeService.KycPassport,
            Endpoint = FakeEndpoint.KycPassport,
            Name = "kyc_passport",
            Fields = [Image("selfie_image"), Image("passport_image"), ExtendDataText],
            MainFile = "passport_image",
            CheckName = "document",
            HasDocument = true,
            HasFaceChecks = true,
        },
        new()
        {
            Service = FakeService.KycCard,
            Endpoint = FakeEndpoint.KycCard,
            Name = "kyc_card",
            Fields = [Image("selfie_image"), Image("front_id"), Image("back_id"), ExtendDataText],
            MainFile = "front_id",
            CheckName = "document",
            HasDocument = true,
            HasFaceChecks = true,
        },
        new()
        {
            Service = FakeService.FaceLiveness,
            Endpoint = FakeEndpoint.FaceLiveness,
            Name = "face_liveness",
            Fields = [Image("image"), ExtendDataBoolean],
            MainFile = "image",
            CheckName = "liveness",
            SampleData = FakeSamples.FaceLiveness,
            DataBeforeStatus = true,
        },
        new()
        {
            Service = FakeService.RegisterFace,
            Endpoint = FakeEndpoint.RegisterFace,
            Name = "register_face",
            Fields = [Image("image"), ExtendDataBoolean],
            MainFile = "image",
            CheckName = "liveness",
            SampleData = FakeSamples.Registration(FakeSamples.RegisteredFaceId),
        },
        new()
        {
            Service = FakeService.AuthenticateFace,
            Endpoint = FakeEndpoint.AuthenticateFace,
            Name = "authenticate_face",
            Fields = [Image("image"), new("uuid", FakeFieldKind.Text), new("extend_data", FakeFieldKind.OptionalText)],
            MainFile = "image",
            CheckName = "liveness",
            SampleData = FakeSamples.Authentication(result: true, "20.0", "100.0"),
        },
        new()
        {
            Service = FakeService.BackgroundCheck,
            Endpoint = FakeEndpoint.BackgroundCheck,
            Name = "background_check",
            Fields = [new("fullname", FakeFieldKind.Text), new("birth_date", FakeFieldKind.Date)],
            CheckName = "background_check",
            SampleData = FakeSamples.BackgroundCheckClear,
        },
    ];

    public static FakeServiceDefinition Get(FakeService service) =>
        (uint)service < (uint)All.Count ? All[(int)service] : throw new ArgumentOutOfRangeException(nameof(service), service, "Not a fake service.");

    public static FakeServiceDefinition? Find(FakeEndpoint endpoint)
    {
        foreach (var definition in All)
        {
            if (definition.Endpoint == endpoint)
            {
                return definition;
            }
        }

        return null;
    }

    private static FakeField Image(string name) => new(name, FakeFieldKind.Image);
}

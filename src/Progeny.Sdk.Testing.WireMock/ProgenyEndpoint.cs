namespace Progeny.Sdk.Testing.WireMock;

/// <summary>An endpoint of the Progeny API v3 that <see cref="ProgenyStubs"/> stubs, under <c>/api/v3/</c>.</summary>
public enum ProgenyEndpoint
{
    /// <summary><c>POST accounts/token/obtain/</c>: the login.</summary>
    TokenObtain = 0,

    /// <summary><c>POST accounts/token/refresh/</c>: the token refresh.</summary>
    TokenRefresh,

    /// <summary><c>GET services/task/?id=</c>: a task's status.</summary>
    TaskStatus,

    /// <summary><c>POST services/ocr_passport/</c>: <c>passport_image</c>, <c>extend_data</c>.</summary>
    OcrPassport,

    /// <summary><c>POST services/ocr_card/</c>: <c>front_id</c>, <c>back_id</c>, <c>extend_data</c>.</summary>
    OcrCard,

    /// <summary><c>POST services/kyc_passport/</c>: <c>selfie_image</c>, <c>passport_image</c>, <c>extend_data</c>.</summary>
    KycPassport,

    /// <summary><c>POST services/kyc_card/</c>: <c>selfie_image</c>, <c>front_id</c>, <c>back_id</c>, <c>extend_data</c>.</summary>
    KycCard,

    /// <summary><c>POST services/face_liveness/</c>: <c>image</c>, optional <c>extend_data</c>.</summary>
    FaceLiveness,

    /// <summary><c>POST services/register_face/</c>: <c>image</c>, optional <c>extend_data</c>.</summary>
    RegisterFace,

    /// <summary><c>POST services/authenticate_face/</c>: <c>image</c>, <c>uuid</c>, optional <c>extend_data</c>.</summary>
    AuthenticateFace,

    /// <summary><c>POST services/background_check/</c>: <c>fullname</c>, <c>birth_date</c>.</summary>
    BackgroundCheck,
}

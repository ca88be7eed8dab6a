namespace Progeny.Sdk.Testing;

/// <summary>The endpoints of the Progeny API v3 that <see cref="ProgenyFakeServer"/> serves.</summary>
public enum FakeEndpoint
{
    /// <summary><c>POST accounts/token/obtain/</c>: a login.</summary>
    TokenObtain,

    /// <summary><c>POST accounts/token/refresh/</c>: a token refresh.</summary>
    TokenRefresh,

    /// <summary><c>POST services/ocr_passport/</c>: a passport upload.</summary>
    OcrPassport,

    /// <summary><c>GET services/task/?id=</c>: a task status read.</summary>
    TaskStatus,

    /// <summary><c>POST services/ocr_card/</c>: an ID card upload.</summary>
    OcrCard,

    /// <summary><c>POST services/kyc_passport/</c>: a passport and a selfie.</summary>
    KycPassport,

    /// <summary><c>POST services/kyc_card/</c>: an ID card and a selfie.</summary>
    KycCard,

    /// <summary><c>POST services/face_liveness/</c>: a liveness check.</summary>
    FaceLiveness,

    /// <summary><c>POST services/register_face/</c>: a face registration.</summary>
    RegisterFace,

    /// <summary><c>POST services/authenticate_face/</c>: a face authentication against a registered one.</summary>
    AuthenticateFace,

    /// <summary><c>POST services/background_check/</c>: an anti-money-laundering screening.</summary>
    BackgroundCheck,
}

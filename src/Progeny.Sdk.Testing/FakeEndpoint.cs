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
}

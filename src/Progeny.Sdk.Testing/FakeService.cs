namespace Progeny.Sdk.Testing;

/// <summary>The Progeny API v3 services that <see cref="ProgenyFakeServer"/> fakes, each at <c>POST services/&lt;name&gt;/</c>.</summary>
public enum FakeService
{
    /// <summary><c>services/ocr_passport/</c>: <c>passport_image</c>, <c>extend_data</c> (required text).</summary>
    OcrPassport,

    /// <summary><c>services/ocr_card/</c>: <c>front_id</c>, <c>back_id</c>, <c>extend_data</c> (required text).</summary>
    OcrCard,

    /// <summary><c>services/kyc_passport/</c>: <c>selfie_image</c>, <c>passport_image</c>, <c>extend_data</c> (required text).</summary>
    KycPassport,

    /// <summary><c>services/kyc_card/</c>: <c>selfie_image</c>, <c>front_id</c>, <c>back_id</c>, <c>extend_data</c> (required text).</summary>
    KycCard,

    /// <summary><c>services/face_liveness/</c>: <c>image</c>, <c>extend_data</c> (optional boolean).</summary>
    FaceLiveness,

    /// <summary><c>services/register_face/</c>: <c>image</c>, <c>extend_data</c> (optional boolean).</summary>
    RegisterFace,

    /// <summary><c>services/authenticate_face/</c>: <c>image</c>, <c>uuid</c> (required text), <c>extend_data</c> (optional text).</summary>
    AuthenticateFace,

    /// <summary><c>services/background_check/</c>: <c>fullname</c> (required text), <c>birth_date</c> (required date, <c>YYYY-MM-DD</c>).</summary>
    BackgroundCheck,
}

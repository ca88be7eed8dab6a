namespace Progeny.Sdk.Testing.Tests.Support;

/// <summary>The documentation's token/obtain samples (shared/progeny-api.md) that only these tests use; the others are in <see cref="DocumentationSamples"/>.</summary>
internal static class DocSamples
{
    /// <summary>§2.1 400.</summary>
    public const string ObtainPasswordRequired = """
        {
            "password": [
                "This field is required."
            ]
        }
        """;

    /// <summary>§2.1/§2.2: the sample tokens' expiry claims.</summary>
    public const long ObtainAccessExp = 1648663947;
    public const long ObtainRefreshExp = 1649873247;
    public const long RefreshAccessExp = 1648664543;
    public const long RefreshRefreshExp = 1649873843;

    /// <summary>§4.3 face_liveness GET task 200, live face.</summary>
    public const string FaceLivenessTask = """
        {"id": 2182, "status": "SUCCESS", "result": {"data": {"liveness": {"data": {"score": 2.5943651, "quality": 0.8175214, "probability": 0.930498}, "result": true}}, "status": 200}}
        """;

    /// <summary>§4.3 face_liveness GET task, face too small.</summary>
    public const string FaceTooSmallTask = """
        {"id": 2183, "status": "SUCCESS", "result": {"data": {
            "liveness": {"result": false, "error": "Absolute face size is too small", "error_code": "FACE_TOO_SMALL"},
            "issues": {"liveness": {"FACE_TOO_SMALL": "Absolute face size is too small"}}}, "status": 400}}
        """;

    /// <summary>§4.3 (overview) GET task, no face.</summary>
    public const string FaceNotFoundTask = """
        {"id": 2158, "status": "SUCCESS", "result": {"data": {
            "liveness": {"data": {"error": "Failed to detect face", "error_code": "FACE_NOT_FOUND"}, "result": false},
            "issues": {"liveness": {"FACE_NOT_FOUND": "Failed to detect face"}}}, "status": 200}}
        """;

    /// <summary>§4.1 register_face GET task 200.</summary>
    public const string RegisterFaceTask = """
        {"id": 2170, "status": "SUCCESS", "result": {"status": 200, "data": {"uuid": "d3da2b7a-b062-11ec-b3b9-0242ac190002"}}}
        """;

    /// <summary>§4.2 authenticate_face GET task 200.</summary>
    public const string AuthenticateFaceTask = """
        {"id": 2172, "status": "SUCCESS", "result": {"status": 200, "data": {
            "authentication": {"result": true, "data": {"matchScore": "20.0", "scorePercent": "100.0"}},
            "liveness": {"data": {"score": 2.5943651, "quality": 0.8175214, "probability": 0.930498}, "result": true}}}}
        """;

    /// <summary>§4.9 background_check GET task 200, as documented: without the envelope.</summary>
    public const string BackgroundCheckUnenveloped = """
        {"background_check": {"potential_match": false, "risk_level": "unknown", "total_matches": 0, "hits": []}}
        """;

    /// <summary>§4.2 authenticate_face POST 400.</summary>
    public const string AuthenticateFaceBadRequest = """
        {"image": ["The submitted data was not a file. Check the encoding type on the form."], "uuid": ["This field is required."]}
        """;

    /// <summary>§4.4 ocr_card POST 400 (lists selfie_image, which ocr_card does not take).</summary>
    public const string OcrCardBadRequest = """
        {"selfie_image": ["No file was submitted."], "front_id": ["No file was submitted."], "back_id": ["No file was submitted."], "extend_data": ["This field is required."]}
        """;

    /// <summary>§4.9 background_check POST 400.</summary>
    public const string BackgroundCheckBadRequest = """
        {"fullname": ["This field is required."], "birth_date": ["This field is required."]}
        """;
}

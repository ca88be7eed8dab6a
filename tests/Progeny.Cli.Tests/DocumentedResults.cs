namespace Progeny.Cli.Tests;

/// <summary>
/// Task results (<c>{"status": …, "data": …}</c>, the <c>result</c> of a task) as progeny-api.md §4 documents them, and
/// the specimen holder's document as the API would write it (non-padded dates, mixed naming).
/// </summary>
public static class DocumentedResults
{
    /// <summary>The holder of the specimen card, as ocr_card would read it: the passport's fields, plus the address on the back.</summary>
    private const string SpecimenCardDocument = """
        {"is_valid": true, "is_expired": false, "dateOfBirth": "1990-4-12", "age": 36, "firstName": "ANNA MARIA", "lastName": "SPECIMEN",
         "dateOfIssue": "2021-6-1", "dateOfExpiry": "2031-5-31", "documentNumber": "X1234567", "sex": "F", "nationality": "UTOPIAN",
         "address": "1 IMAGINARY LANE, NOWHERE CITY 00000"}
        """;

    private const string SpecimenPassportDocument = """
        {"is_valid": true, "is_expired": false, "dateOfBirth": "1990-4-12", "age": 36, "firstName": "ANNA MARIA", "lastName": "SPECIMEN",
         "dateOfIssue": "2021-6-1", "dateOfExpiry": "2031-5-31", "documentNumber": "X1234567", "sex": "F", "nationality": "UTOPIAN"}
        """;

    public const string SpecimenCard = $$$"""{"status": 200, "data": {"document": {{{SpecimenCardDocument}}}}}""";

    public const string SpecimenKycPassport = $$$"""{"status": 200, "data": {"document": {{{SpecimenPassportDocument}}}, "compare": true, "liveness": true}}""";

    public const string SpecimenKycCard = $$$"""{"status": 200, "data": {"document": {{{SpecimenCardDocument}}}, "compare": true, "liveness": true}}""";

    /// <summary>A kyc answer whose selfie is not live and does not match: an answer, not a failure.</summary>
    public const string SpecimenKycCardNotLiveNoMatch = $$$"""
        {"status": 200, "data": {"document": {{{SpecimenCardDocument}}}, "compare": false,
         "liveness": {"result": false, "error": "Failed to detect face", "error_code": "FACE_NOT_FOUND"}}
        }
        """;

    /// <summary>A document service's task without its document: the task failed.</summary>
    public const string DocumentNotFound = """{"status": 400, "data": {}, "error": "Failed to detect document", "error_code": "DOCUMENT_NOT_FOUND"}""";

    /// <summary>face_liveness, live face (§4.3).</summary>
    public const string LiveFace = """
        {"data": {"liveness": {"data": {"score": 2.5943651, "quality": 0.8175214, "probability": 0.930498}, "result": true}}, "status": 200}
        """;

    /// <summary>face_liveness, face too small: inner status 400, the code under <c>liveness</c> (§4.3).</summary>
    public const string FaceTooSmall = """
        {"data": {"liveness": {"result": false, "error": "Absolute face size is too small", "error_code": "FACE_TOO_SMALL"},
                  "issues": {"liveness": {"FACE_TOO_SMALL": "Absolute face size is too small"}}}, "status": 400}
        """;

    /// <summary>face_liveness, no face: inner status 200, the code under <c>liveness.data</c> (§4.3, overview).</summary>
    public const string FaceNotFound = """
        {"data": {"liveness": {"data": {"error": "Failed to detect face", "error_code": "FACE_NOT_FOUND"}, "result": false},
                  "issues": {"liveness": {"FACE_NOT_FOUND": "Failed to detect face"}}}, "status": 200}
        """;

    /// <summary>The face id of <see cref="RegisteredFace"/>, a version-1 UUID (§4.1).</summary>
    public const string RegisteredFaceId = "d3da2b7a-b062-11ec-b3b9-0242ac190002";

    public const string RegisteredFace = $$$"""{"status": 200, "data": {"uuid": "{{{RegisteredFaceId}}}"}}""";

    /// <summary>register_face without a uuid: the face was not registered, the task failed.</summary>
    public const string FaceNotRegistered = """
        {"status": 400, "data": {"liveness": {"result": false, "error": "Absolute face size is too small", "error_code": "FACE_TOO_SMALL"}},
         "error": "Absolute face size is too small", "error_code": "FACE_TOO_SMALL"}
        """;

    /// <summary>authenticate_face, same live person; scores are strings (§4.2).</summary>
    public const string AuthenticatedFace = """
        {"status": 200, "data": {"authentication": {"result": true, "data": {"matchScore": "20.0", "scorePercent": "100.0"}},
                                 "liveness": {"data": {"score": 2.5943651, "quality": 0.8175214, "probability": 0.930498}, "result": true}}}
        """;

    /// <summary>authenticate_face, live but another person: an answer, not a failure.</summary>
    public const string FaceMismatch = """
        {"status": 200, "data": {"authentication": {"result": false, "data": {"matchScore": "2.0", "scorePercent": "10.0"}},
                                 "liveness": {"data": {"score": 2.5943651, "quality": 0.8175214, "probability": 0.930498}, "result": true}}}
        """;

    /// <summary>background_check, nobody found (§4.9), in the task envelope.</summary>
    public const string BackgroundCheckClear = """
        {"status": 200, "data": {"background_check": {"potential_match": false, "risk_level": "unknown", "total_matches": 0, "hits": []}}}
        """;

    /// <summary>background_check, two hits (their shape is not documented: kept as they come).</summary>
    public const string BackgroundCheckHits = """
        {"status": 200, "data": {"background_check": {"potential_match": true, "risk_level": "high", "total_matches": 2,
         "hits": [{"name": "A. M. SPECIMEN", "list": "SANCTIONS"}, {"name": "ANNA SPECIMEN", "list": "PEP"}]}}}
        """;
}

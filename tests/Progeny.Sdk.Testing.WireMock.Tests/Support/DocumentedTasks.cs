namespace Progeny.Sdk.Testing.WireMock.Tests.Support;

/// <summary>
/// The task answers of shared/progeny-api.md §4, verbatim where the documentation shows one, and the shape the SDK
/// expects (design.md §1b) where its sample is unreadable (ocr_card, kyc_passport, kyc_card).
/// </summary>
internal static class DocumentedTasks
{
    private const string Document = """
        {
            "is_valid": true, "is_expired": false, "dateOfBirth": "1991-9-24", "age": 30, "firstName": "VALERIA",
            "lastName": "PERFILOVA", "dateOfIssue": "None-None-None", "dateOfExpiry": "2023-9-25", "documentNumber": "XX008080",
            "sex": "F", "nationality": "UKRAINIAN", "portrait": "images/services/ocr_passport/9456633680.jpg",
            "portrait_url": "https://dev.progeny.tech/media/images/services/ocr_passport/9456633680.jpg"
        }
        """;

    /// <summary>§4.4: unreadable; the ocr_passport document shape.</summary>
    public const string OcrCard = """{"id": 2188, "status": "SUCCESS", "result": {"status": 200, "data": {"document": """ + Document + "}}}";

    /// <summary>§4.6/§4.7: unreadable; the ocr_passport sample's shape, which already carries compare and liveness.</summary>
    public const string Kyc = """{"id": 2188, "status": "SUCCESS", "result": {"status": 200, "data": {"document": """ + Document + """, "compare": true, "liveness": true}}}""";

    /// <summary>§4.3 GET task 200, live face.</summary>
    public const string FaceLiveness = """
        {
            "id": 2182,
            "status": "SUCCESS",
            "result": {
                "data": {
                    "liveness": {
                        "data": {
                            "score": 2.5943651,
                            "quality": 0.8175214,
                            "probability": 0.930498
                        },
                        "result": true
                    }
                },
                "status": 200
            }
        }
        """;

    /// <summary>§4.3 GET task, face too small.</summary>
    public const string FaceTooSmall = """
        {
            "id": 2183,
            "status": "SUCCESS",
            "result": {
                "data": {
                    "liveness": {
                        "result": false,
                        "error": "Absolute face size is too small",
                        "error_code": "FACE_TOO_SMALL"
                    },
                    "issues": {
                        "liveness": {
                            "FACE_TOO_SMALL": "Absolute face size is too small"
                        }
                    }
                },
                "status": 400
            }
        }
        """;

    /// <summary>§4.3 GET task, no face (overview).</summary>
    public const string FaceNotFound = """
        {
            "id": 2158,
            "status": "SUCCESS",
            "result": {
                "data": {
                    "liveness": {
                        "data": {
                            "error": "Failed to detect face",
                            "error_code": "FACE_NOT_FOUND"
                        },
                        "result": false
                    },
                    "issues": {
                        "liveness": {
                            "FACE_NOT_FOUND": "Failed to detect face"
                        }
                    }
                },
                "status": 200
            }
        }
        """;

    /// <summary>§4.1 GET task ("Get UUID") 200.</summary>
    public const string RegisterFace = """
        {
            "id": 2170,
            "status": "SUCCESS",
            "result": {
                "status": 200,
                "data": {
                    "uuid": "d3da2b7a-b062-11ec-b3b9-0242ac190002"
                }
            }
        }
        """;

    /// <summary>§4.2 GET task 200.</summary>
    public const string AuthenticateFace = """
        {
            "id": 2172,
            "status": "SUCCESS",
            "result": {
                "status": 200,
                "data": {
                    "authentication": {
                        "result": true,
                        "data": {
                            "matchScore": "20.0",
                            "scorePercent": "100.0"
                        }
                    },
                    "liveness": {
                        "data": {
                            "score": 2.5943651,
                            "quality": 0.8175214,
                            "probability": 0.930498
                        },
                        "result": true
                    }
                }
            }
        }
        """;

    /// <summary>§4.9 GET task 200, without the envelope.</summary>
    public const string BackgroundCheck = """
        {
            "background_check": {
                "potential_match": false,
                "risk_level": "unknown",
                "total_matches": 0,
                "hits": []
            }
        }
        """;
}

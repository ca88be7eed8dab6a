namespace Progeny.Sdk.TestShared;

/// <summary>The sample payloads of the Progeny documentation (shared/progeny-api.md), verbatim.</summary>
internal static class DocumentationSamples
{
    /// <summary>The task id of the ocr_passport POST 200 sample.</summary>
    public const string TaskId = "efe46711-b1d8-43f1-9d02-7a54c43b79a2";

    /// <summary>§2.1 token/obtain 401.</summary>
    public const string ObtainUnauthorized = """
        {
            "detail": "No active account found with the given credentials"
        }
        """;

    /// <summary>§4.5 ocr_passport POST 200.</summary>
    public const string TaskCreated = """
        {
            "id": "efe46711-b1d8-43f1-9d02-7a54c43b79a2"
        }
        """;

    /// <summary>§4.5 ocr_passport POST 400 (lists selfie_image, a field ocr_passport does not take).</summary>
    public const string OcrPassportBadRequest = """
        {
            "selfie_image": [
                "No file was submitted."
            ],
            "passport_image": [
                "No file was submitted."
            ],
            "extend_data": [
                "This field is required."
            ]
        }
        """;

    /// <summary>§4.5 ocr_passport GET task 200 ("Extract an image from a passport").</summary>
    public const string OcrPassportTask = """
        {
            "id": 2188,
            "status": "SUCCESS",
            "result": {
                "status": 200,
                "data": {
                    "document": {
                        "is_valid": true,
                        "is_expired": false,
                        "dateOfBirth": "1991-9-24",
                        "age": 30,
                        "firstName": "VALERIA",
                        "lastName": "PERFILOVA",
                        "dateOfIssue": "None-None-None",
                        "dateOfExpiry": "2023-9-25",
                        "documentNumber": "XX008080",
                        "sex": "F",
                        "nationality": "UKRAINIAN",
                        "portrait": "images/services/ocr_passport/9456633680.jpg",
                        "portrait_url": "https://dev.progeny.tech/media/images/services/ocr_passport/9456633680.jpg"
                    },
                    "compare": true,
                    "liveness": true
                }
            }
        }
        """;

    /// <summary>§4.1 register_face GET task 200 ("Get UUID"): a version-1 UUID.</summary>
    public const string RegisterFaceTask = """
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

    /// <summary>§4.2 authenticate_face GET task 200: match scores as strings, liveness scores as numbers.</summary>
    public const string AuthenticateFaceTask = """
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

    /// <summary>§4.3 face_liveness GET task 200, a live face.</summary>
    public const string FaceLivenessTask = """
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

    /// <summary>§4.3 face_liveness, face too small: inner status 400, the code directly under <c>liveness</c>.</summary>
    public const string FaceTooSmallTask = """
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

    /// <summary>§4.3 (overview) no face: inner status 200, the code under <c>liveness.data</c>.</summary>
    public const string FaceNotFoundTask = """
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

    /// <summary>§4.9 background_check GET task 200, as documented: without the task envelope.</summary>
    public const string BackgroundCheckUnenveloped = """
        {
            "background_check": {
                "potential_match": false,
                "risk_level": "unknown",
                "total_matches": 0,
                "hits": []
            }
        }
        """;

    /// <summary>§4.9 background_check in the task envelope (<c>result.data.background_check</c>), as the other services answer.</summary>
    public const string BackgroundCheckTask = """
        {
            "id": 2190,
            "status": "SUCCESS",
            "result": {
                "status": 200,
                "data": {
                    "background_check": {
                        "potential_match": false,
                        "risk_level": "unknown",
                        "total_matches": 0,
                        "hits": []
                    }
                }
            }
        }
        """;
}

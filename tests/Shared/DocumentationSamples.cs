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
}

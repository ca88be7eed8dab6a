namespace Progeny.Sdk.Tests.TestSupport;

/// <summary>The documentation's sample payloads, verbatim (progeny-api.md), and bodies built on them.</summary>
internal static class ProgenySamples
{
    /// <summary>The task id of the documentation's ocr_passport POST sample.</summary>
    public const string TaskId = "efe46711-b1d8-43f1-9d02-7a54c43b79a2";

    /// <summary>ocr_passport POST 200, verbatim.</summary>
    public const string TaskCreated = """
        {
            "id": "efe46711-b1d8-43f1-9d02-7a54c43b79a2"
        }
        """;

    /// <summary>ocr_passport POST 400, verbatim.</summary>
    public const string ValidationErrors = """
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

    /// <summary>token/obtain 401, verbatim.</summary>
    public const string InvalidCredentials = """
        {
            "detail": "No active account found with the given credentials"
        }
        """;

    /// <summary>ocr_passport GET task 200 ("Extract an image from a passport"), verbatim.</summary>
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

    /// <summary>A task body with only a status, as a task that has not ended may answer.</summary>
    public static string Status(string status) => $$"""{"id": 2188, "status": "{{status}}"}""";

    /// <summary>A token pair body.</summary>
    public static string TokenPair(string access, string refresh) => $$"""{"refresh": "{{refresh}}", "access": "{{access}}"}""";
}

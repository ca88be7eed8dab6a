namespace Progeny.Sdk.Testing.Tests.Support;

/// <summary>The sample payloads of the Progeny documentation (shared/progeny-api.md), verbatim.</summary>
internal static class DocSamples
{
    /// <summary>§2.1 401.</summary>
    public const string ObtainUnauthorized = """
        {
            "detail": "No active account found with the given credentials"
        }
        """;

    /// <summary>§2.1 400.</summary>
    public const string ObtainPasswordRequired = """
        {
            "password": [
                "This field is required."
            ]
        }
        """;

    /// <summary>§4.5 POST 400 (lists selfie_image, a field ocr_passport does not take).</summary>
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

    /// <summary>§4.5 GET task 200.</summary>
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

    /// <summary>§2.1/§2.2: the sample tokens' expiry claims.</summary>
    public const long ObtainAccessExp = 1648663947;
    public const long ObtainRefreshExp = 1649873247;
    public const long RefreshAccessExp = 1648664543;
    public const long RefreshRefreshExp = 1649873843;
}

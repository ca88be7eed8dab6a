namespace Progeny.Sdk.Testing.WireMock.Tests.Support;

/// <summary>
/// The task answers whose sample in shared/progeny-api.md §4 is unreadable (ocr_card, kyc_passport, kyc_card), in the
/// shape the SDK expects (design.md §1b); the readable samples are in <see cref="DocumentationSamples"/>.
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
}

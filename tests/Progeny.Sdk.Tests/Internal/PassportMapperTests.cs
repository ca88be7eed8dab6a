using Progeny.Sdk.Internal;
using Progeny.Sdk.Tests.TestSupport;

namespace Progeny.Sdk.Tests.Internal;

/// <summary>The API's quirks (design §3), read from the wire through the client, and the mapper's parsers.</summary>
public sealed class PassportMapperTests
{
    private const string TaskId = DocumentationSamples.TaskId;

    /// <summary>Serves <paramref name="body"/> as the task's status and returns what the client makes of it.</summary>
    private static async Task<(PassportOcrResult? Result, Exception? Error, ProgenyWireMock Server)> WaitForAsync(string body, string taskId = TaskId)
    {
        var server = ProgenyWireMock.Start().StubLogin().StubTask(body, taskId);
        using var client = new ProgenyClient(server.Options(), new ObservedFakeTimeProvider());
        try
        {
            return (await client.WaitForOcrPassportAsync(taskId).WaitAsync(TimeSpan.FromSeconds(10)), null, server);
        }
        catch (Exception exception) when (exception is not TimeoutException)
        {
            return (null, exception, server);
        }
    }

    private static string Task(string document, string data = "", string resultStatus = "200", string id = "2188") =>
        "{\"id\": " + id + ", \"status\": \"SUCCESS\", \"result\": {\"status\": " + resultStatus
        + ", \"data\": {\"document\": " + document + data + "}}}";

    [Fact]
    public async Task ToResult_DocumentationSampleVerbatim_MapsEveryField()
    {
        var (result, error, server) = await WaitForAsync(DocumentationSamples.OcrPassportTask);
        using (server)
        {
            error.ShouldBeNull();
            server.Gets.Single().RawQuery.ShouldBe($"?id={TaskId}");
            result!.TaskId.ShouldBe(TaskId);
            result.RecordId.ShouldBe(2188);
            result.Compare.ShouldBe(true);
            result.Liveness.ShouldBe(true);
            result.ProviderData.ShouldBeEmpty();
            var document = result.Document;
            document.IsValid.ShouldBe(true);
            document.IsExpired.ShouldBe(false);
            document.DateOfBirth.ShouldBe(new DateOnly(1991, 9, 24));
            document.Age.ShouldBe(30);
            document.FirstName.ShouldBe("VALERIA");
            document.LastName.ShouldBe("PERFILOVA");
            document.DateOfIssue.ShouldBeNull();
            document.DateOfExpiry.ShouldBe(new DateOnly(2023, 9, 25));
            document.DocumentNumber.ShouldBe("XX008080");
            document.Sex.ToString().ShouldStartWith("F");
            document.Nationality.ShouldBe("UKRAINIAN");
            document.Portrait.ShouldBe("images/services/ocr_passport/9456633680.jpg");
            document.PortraitUrl.ShouldBeOfType<Uri>().ShouldBe(new Uri("https://dev.progeny.tech/media/images/services/ocr_passport/9456633680.jpg"));
        }
    }

    [Fact]
    public async Task ToResult_NumbersAndBooleansAsStrings_AreRead()
    {
        var body = Task(
            """{"is_valid": "true", "is_expired": "False", "age": "30", "dateOfBirth": "1991-9-24"}""",
            """, "compare": "true", "liveness": "false" """,
            resultStatus: "\"200\"",
            id: "\"2188\"");

        var (result, error, server) = await WaitForAsync(body);
        using (server)
        {
            error.ShouldBeNull();
            result!.RecordId.ShouldBe(2188);
            result.Document.IsValid.ShouldBe(true);
            result.Document.IsExpired.ShouldBe(false);
            result.Document.Age.ShouldBe(30);
            result.Compare.ShouldBe(true);
            result.Liveness.ShouldBe(false);
            server.Gets.Count.ShouldBe(1);
        }
    }

    [Theory]
    [InlineData("\"20.0\"", 20)]
    [InlineData("20.0", 20)]
    [InlineData("\"30\"", 30)]
    [InlineData("\" 30 \"", 30)]
    [InlineData("\"thirty\"", null)]
    [InlineData("null", null)]
    [InlineData("1e40", null)]
    public async Task ToResult_AgeInAnyForm_IsReadOrNull(string age, int? expected)
    {
        var (result, error, server) = await WaitForAsync(Task($$"""{"age": {{age}}, "firstName": "VALERIA"}"""));
        using (server)
        {
            error.ShouldBeNull();
            result!.Document.Age.ShouldBe(expected);
            result.Document.FirstName.ShouldBe("VALERIA");
        }
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_PostAnswersNumericIdAndGetAnswersStringId_BothAreRead()
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubSubmit("""{"id": 98008}""")
            .StubTask(Task("""{"firstName": "VALERIA"}""", id: "\"2188\""), taskId: "98008");
        using var client = new ProgenyClient(server.Options(), new ObservedFakeTimeProvider());

        var taskId = await client.SubmitOcrPassportAsync(ProgenyImage.FromBytes(TestImages.Jpeg, "p.jpg"));
        var result = await client.WaitForOcrPassportAsync(taskId);

        taskId.ShouldBe("98008");
        server.Gets.Single().RawQuery.ShouldBe("?id=98008");
        result.TaskId.ShouldBe("98008");
        result.RecordId.ShouldBe(2188);
    }

    [Theory]
    [InlineData("""{"result": false, "data": {"score": 0.1}}""", false)]
    [InlineData("""{"result": "true"}""", true)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("\"yes\"", true)]
    [InlineData("\"maybe\"", null)]
    [InlineData("[true]", null)]
    [InlineData("null", null)]
    [InlineData("\"\\ud800\"", null)]
    [InlineData("""{"result": "\udc00"}""", null)]
    [InlineData("""{"result": true, "note": "\ud800"}""", true)]
    public async Task ToResult_VerdictAsValueOrCheckObject_IsRead(string verdict, bool? expected)
    {
        var (result, error, server) = await WaitForAsync(Task("""{"firstName": "VALERIA"}""", $", \"compare\": {verdict}, \"liveness\": {verdict}"));
        using (server)
        {
            error.ShouldBeNull();
            result!.Compare.ShouldBe(expected);
            result.Liveness.ShouldBe(expected);
            result.ProviderData.ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task ToResult_UnknownFieldsAtEveryLevel_AreIgnored()
    {
        const string body = """
            {
                "id": 2188, "created": "2022-03-30T18:12:27Z", "owner": {"id": 41, "tags": [1, 2]},
                "status": "SUCCESS",
                "result": {
                    "status": 200, "provider": "ocr-x", "elapsed": 1.5,
                    "data": {
                        "document": {"firstName": "VALERIA", "mrz": {"line1": "P<UKR", "line2": ["x"]}, "score": 0.93, "sex": "F"},
                        "raw_provider_response": {"pages": [{"n": 1}]},
                        "compare": true
                    }
                },
                "trailing": null
            }
            """;

        var (result, error, server) = await WaitForAsync(body);
        using (server)
        {
            error.ShouldBeNull();
            result!.Document.FirstName.ShouldBe("VALERIA");
            result.Document.Sex.ShouldBe(Sex.Female);
            result.Compare.ShouldBe(true);
            result.Liveness.ShouldBeNull();
            result.ProviderData.Keys.ShouldBe(["raw_provider_response"]);
        }
    }

    [Theory]
    [InlineData("2014-None-None")]
    [InlineData("None-None-None")]
    [InlineData("")]
    [InlineData("None")]
    [InlineData("2023-2-30")]
    [InlineData("24.09.1991")]
    public async Task ToResult_PartialEmptyOrImpossibleDates_AreNull(string date)
    {
        var (result, error, server) = await WaitForAsync(Task($$"""{"dateOfBirth": "{{date}}", "dateOfIssue": "{{date}}", "dateOfExpiry": "{{date}}", "lastName": "PERFILOVA"}"""));
        using (server)
        {
            error.ShouldBeNull();
            result!.Document.DateOfBirth.ShouldBeNull();
            result.Document.DateOfIssue.ShouldBeNull();
            result.Document.DateOfExpiry.ShouldBeNull();
            result.Document.LastName.ShouldBe("PERFILOVA");
        }
    }

    [Fact]
    public async Task ToResult_EmptyDocument_GivesAllNulls()
    {
        var (result, error, server) = await WaitForAsync(Task("""{"firstName": null, "sex": "", "portrait_url": "not a url", "nationality": "None"}"""));
        using (server)
        {
            error.ShouldBeNull();
            var document = result!.Document;
            document.FirstName.ShouldBeNull();
            document.Nationality.ShouldBeNull();
            document.Sex.ShouldBe(Sex.Unknown);
            document.PortraitUrl.ShouldBeNull();
            document.IsValid.ShouldBeNull();
            document.Age.ShouldBeNull();
        }
    }

    [Theory]
    [InlineData("result.error_code", """{"id": 2188, "status": "SUCCESS", "result": {"status": 400, "error": "No document", "error_code": "DOCUMENT_NOT_FOUND"}}""")]
    [InlineData("result.data.error_code", """{"id": 2188, "status": "SUCCESS", "result": {"status": 400, "data": {"error": "No document", "error_code": "DOCUMENT_NOT_FOUND"}}}""")]
    [InlineData("result.data.document.error_code", """{"id": 2188, "status": "SUCCESS", "result": {"status": 400, "data": {"document": {"error": "No document", "error_code": "DOCUMENT_NOT_FOUND"}}}}""")]
    [InlineData("issues, as in the face_liveness sample", """{"id": 2188, "status": "SUCCESS", "result": {"data": {"ocr": {"result": false, "error": "No document", "error_code": "DOCUMENT_NOT_FOUND"}, "issues": {"ocr": {"DOCUMENT_NOT_FOUND": "No document"}}}, "status": 400}}""")]
    [InlineData("result.data.<check>.error_code", """{"id": 2188, "status": "SUCCESS", "result": {"data": {"ocr": {"result": false, "error": "No document", "error_code": "DOCUMENT_NOT_FOUND"}}, "status": 400}}""")]
    [InlineData("result.data.<check>.data.error_code", """{"id": 2188, "status": "SUCCESS", "result": {"data": {"ocr": {"data": {"error": "No document", "error_code": "DOCUMENT_NOT_FOUND"}, "result": false}}, "status": 400}}""")]
    [InlineData("result.data.liveness.error_code", """{"id": 2188, "status": "SUCCESS", "result": {"data": {"liveness": {"result": false, "error": "Absolute face size is too small", "error_code": "DOCUMENT_NOT_FOUND"}}, "status": 400}}""")]
    public async Task WaitForOcrPassportAsync_SuccessWithResultStatus400_ThrowsTaskFailedWithErrorCode(string where, string body)
    {
        var (result, error, server) = await WaitForAsync(body);
        using (server)
        {
            result.ShouldBeNull(where);
            var failed = error.ShouldBeOfType<ProgenyTaskFailedException>(where);
            failed.TaskId.ShouldBe(TaskId);
            failed.Status.ShouldBe(ProgenyTaskStatus.Success);
            failed.ErrorCode.ShouldBe("DOCUMENT_NOT_FOUND", where);
            server.Gets.Count.ShouldBe(1, "a finished task is not polled again");
        }
    }

    [Theory]
    [InlineData("""{"id": 2188, "status": "FAILURE", "result": "ValueError('could not read document')"}""", "FAILURE", null)]
    [InlineData("""{"id": 2188, "status": "REVOKED", "result": "terminated"}""", "REVOKED", null)]
    [InlineData("""{"id": 2188, "status": "FAILURE", "result": ["ValueError", "boom"]}""", "FAILURE", null)]
    [InlineData("""{"id": 2188, "status": "FAILURE", "result": {"status": 500, "data": "Internal error"}}""", "FAILURE", null)]
    [InlineData("""{"id": 2188, "status": "SUCCESS", "result": {"status": 400, "data": "Document not found", "error_code": "DOCUMENT_NOT_FOUND"}}""", "SUCCESS", "DOCUMENT_NOT_FOUND")]
    [InlineData("""{"id": 2188, "status": "SUCCESS", "result": {"status": 400, "data": {"document": "None"}, "error_code": "DOCUMENT_NOT_FOUND"}}""", "SUCCESS", "DOCUMENT_NOT_FOUND")]
    [InlineData("""{"id": 2188, "status": "SUCCESS", "result": 500}""", "SUCCESS", null)]
    [InlineData("""{"id": 2188, "status": "SUCCESS", "result": {"status": 200, "data": []}}""", "SUCCESS", null)]
    public async Task WaitForOcrPassportAsync_EndedWithResultDataOrDocumentNotAnObject_ThrowsTaskFailedAtOnce(string body, string status, string? errorCode)
    {
        var (_, error, server) = await WaitForAsync(body);
        using (server)
        {
            var failed = error.ShouldBeOfType<ProgenyTaskFailedException>();
            failed.TaskId.ShouldBe(TaskId);
            failed.Status.ShouldBe(new ProgenyTaskStatus(status));
            failed.ErrorCode.ShouldBe(errorCode);
            server.Gets.Count.ShouldBe(1, "an ended task is not polled again");
        }
    }

    [Fact]
    public async Task ToResult_TextThatIsNotValidUtf16_IsNull()
    {
        var (result, error, server) = await WaitForAsync(Task("""{"firstName": "\ud800", "lastName": "PERFILOVA", "age": "\udc00", "is_valid": "\ud800"}"""));
        using (server)
        {
            error.ShouldBeNull();
            result!.Document.FirstName.ShouldBeNull();
            result.Document.Age.ShouldBeNull();
            result.Document.IsValid.ShouldBeNull();
            result.Document.LastName.ShouldBe("PERFILOVA");
        }
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_SuccessWithDocumentButResultStatus400_ThrowsTaskFailed()
    {
        var (_, error, server) = await WaitForAsync(Task("""{"firstName": "VALERIA"}""", resultStatus: "400"));
        using (server)
        {
            error.ShouldBeOfType<ProgenyTaskFailedException>().TaskId.ShouldBe(TaskId);
        }
    }

    [Theory]
    [InlineData("""{"id": 2188, "status": "SUCCESS"}""")]
    [InlineData("""{"id": 2188, "status": "SUCCESS", "result": {"status": 200, "data": {}}}""")]
    [InlineData("""{"id": 2188, "status": "SUCCESS", "result": {"status": 200, "data": {"document": null}}}""")]
    [InlineData("""{"id": 2188, "status": "SUCCESS", "result": {"status": 400, "data": {"liveness": {"result": false, "error_code": "\ud800"}}}}""")]
    public async Task WaitForOcrPassportAsync_SuccessWithoutDocument_ThrowsTaskFailed(string body)
    {
        var (_, error, server) = await WaitForAsync(body);
        using (server)
        {
            var failed = error.ShouldBeOfType<ProgenyTaskFailedException>();
            failed.TaskId.ShouldBe(TaskId);
            failed.ErrorCode.ShouldBeNull();
        }
    }

    [Theory]
    [InlineData("1991-9-24", 1991, 9, 24)]
    [InlineData("1991-09-24", 1991, 9, 24)]
    [InlineData("2023-9-5", 2023, 9, 5)]
    [InlineData(" 2000-2-29 ", 2000, 2, 29)]
    [InlineData("1991-9-24T00:00:00", 1991, 9, 24)]
    public void ParseDate_YearMonthDayWithOrWithoutPadding_IsRead(string text, int year, int month, int day) =>
        WireValues.ParseDate(text).ShouldBe(new DateOnly(year, month, day));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("None-None-None")]
    [InlineData("2014-None-None")]
    [InlineData("None-9-24")]
    [InlineData("1991-9")]
    [InlineData("1991-9-24-1")]
    [InlineData("1991-13-1")]
    [InlineData("1991-0-1")]
    [InlineData("2001-2-29")]
    [InlineData("0-1-1")]
    [InlineData("-1991-9-24")]
    [InlineData("+1991-9-24")]
    [InlineData("1991-9-24x")]
    [InlineData("99999-1-1")]
    [InlineData("24/09/1991")]
    public void ParseDate_MissingPartialOrImpossible_IsNull(string? text) =>
        WireValues.ParseDate(text).ShouldBeNull();

    [Fact]
    public void ParseDate_VeryLongText_IsNull() =>
        WireValues.ParseDate("1991-9-24" + new string(' ', 100_000) + "x").ShouldBeNull();

    [Theory]
    [InlineData("F", Sex.Female)]
    [InlineData("f", Sex.Female)]
    [InlineData(" F ", Sex.Female)]
    [InlineData("FEMALE", Sex.Female)]
    [InlineData("M", Sex.Male)]
    [InlineData("male", Sex.Male)]
    [InlineData("X", Sex.Unspecified)]
    [InlineData("<", Sex.Unspecified)]
    [InlineData(null, Sex.Unknown)]
    [InlineData("", Sex.Unknown)]
    [InlineData("None", Sex.Unknown)]
    [InlineData("Q", Sex.Unknown)]
    public void ParseSex_AnySpelling_GivesSex(string? text, Sex expected) =>
        WireValues.ParseSex(text).ShouldBe(expected);

    [Fact]
    public void ParseSex_Female_ToStringStartsWithF() =>
        WireValues.ParseSex("F").ToString().ShouldStartWith("F");
}

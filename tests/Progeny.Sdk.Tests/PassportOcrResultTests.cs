using System.Text.Json;
using Progeny.Sdk.Tests.TestSupport;

namespace Progeny.Sdk.Tests;

/// <summary>The result record: constructible, and its ToString holds no holder data, provider data included.</summary>
public sealed class PassportOcrResultTests
{
    [Fact]
    public async Task ToString_ResultFromTheWire_HoldsNoHolderData()
    {
        const string withProviderData = """
            {"id": 2188, "status": "SUCCESS", "result": {"status": 200, "data": {
                "document": {"firstName": "VALERIA", "lastName": "PERFILOVA", "documentNumber": "XX008080", "dateOfBirth": "1991-9-24"},
                "raw": {"mrz": "P<UKRPERFILOVA<<VALERIA<<<<<<<<<<<<<<<<<<<<<<<< XX008080", "birth": "1991-09-24"},
                "compare": true, "liveness": true}}}
            """;
        using var server = ProgenyWireMock.Start().StubLogin().StubTask(withProviderData);
        using var client = new ProgenyClient(server.Options(), new ObservedFakeTimeProvider());

        var result = await client.WaitForOcrPassportAsync(DocumentationSamples.TaskId);

        result.ProviderData["raw"].GetProperty("mrz").GetString().ShouldNotBeNull().ShouldContain("XX008080");
        var text = result.ToString();
        HolderData.ShouldNotLeakInto(text);
        text.ShouldContain(DocumentationSamples.TaskId);
        text.ShouldContain("raw");
        server.Gets.Single().RawQuery.ShouldBe($"?id={DocumentationSamples.TaskId}");
    }

    [Fact]
    public void Constructor_ObjectInitializer_BuildsAResultForUsersTests()
    {
        var result = new PassportOcrResult
        {
            TaskId = "t-1",
            RecordId = 7,
            Compare = false,
            Document = new PassportDocument { DocumentNumber = "XX008080" },
            ProviderData = new Dictionary<string, JsonElement> { ["raw"] = JsonDocument.Parse("{\"name\": \"PERFILOVA\"}").RootElement.Clone() },
        };

        result.Document.DocumentNumber.ShouldBe("XX008080");
        HolderData.ShouldNotLeakInto(result.ToString());
        new PassportOcrResult().ProviderData.ShouldBeEmpty();
        new PassportOcrResult().Document.ShouldNotBeNull();
    }
}

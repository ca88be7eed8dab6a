using Progeny.Sdk.Tests.TestSupport;

namespace Progeny.Sdk.Tests;

/// <summary>The document record: constructible, and its ToString names fields without their values.</summary>
public sealed class PassportDocumentTests
{
    [Fact]
    public async Task ToString_DocumentFromTheWire_HoldsNoHolderData()
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubTask();
        using var client = new ProgenyClient(server.Options());

        var document = (await client.WaitForOcrPassportAsync(DocumentationSamples.TaskId)).Document;

        document.DocumentNumber.ShouldBe("XX008080");
        var text = document.ToString();
        HolderData.ShouldNotLeakInto(text);
        text.ShouldContain("DocumentNumber");
        text.ShouldContain("DateOfBirth");
        server.Gets.Count.ShouldBe(1);
    }

    [Fact]
    public void ToString_BuiltByAUser_HoldsNoHolderData()
    {
        var document = new PassportDocument
        {
            FirstName = "VALERIA",
            LastName = "PERFILOVA",
            DocumentNumber = "XX008080",
            Nationality = "UKRAINIAN",
            Sex = Sex.Female,
            DateOfBirth = new DateOnly(1991, 9, 24),
            DateOfExpiry = new DateOnly(2023, 9, 25),
            Age = 30,
            Portrait = "images/services/ocr_passport/9456633680.jpg",
            PortraitUrl = new Uri("https://dev.progeny.tech/media/images/services/ocr_passport/9456633680.jpg"),
        };

        HolderData.ShouldNotLeakInto(document.ToString());
        HolderData.ShouldNotLeakInto((document with { LastName = "OTHER" }).ToString());
    }

    [Fact]
    public void ToString_Empty_SaysNoFieldIsPresent() =>
        new PassportDocument().ToString().ShouldContain("none");

    [Fact]
    public void Equality_SameValues_AreEqualRecords()
    {
        var a = new PassportDocument { DocumentNumber = "XX008080", DateOfBirth = new DateOnly(1991, 9, 24) };

        (a with { }).ShouldBe(a);
        (a with { DocumentNumber = "XX008081" }).ShouldNotBe(a);
    }
}

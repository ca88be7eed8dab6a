using System.Text.Json;
using Progeny.Sdk.Internal.Json;
using Progeny.Sdk.Tests.TestSupport;

namespace Progeny.Sdk.Tests.Internal.Json;

/// <summary>The source-generated context reads the documentation's bodies and the quirks into the DTOs.</summary>
public sealed class ProgenyJsonContextTests
{
    [Fact]
    public void Deserialize_OcrPassportSample_FillsTheDtos()
    {
        var task = JsonSerializer.Deserialize(DocumentationSamples.OcrPassportTask, ProgenyJsonContext.Default.TaskEnvelopeDocumentDataDto).ShouldNotBeNull();

        task.Id.ShouldBe("2188");
        task.Status.ShouldBe("SUCCESS");
        task.Result.ShouldNotBeNull().Status.ShouldBe(200);
        var document = task.Result.Data.ShouldNotBeNull().Document.ShouldNotBeNull();
        document.IsValid.ShouldBe(true);
        document.Age.ShouldBe(30);
        document.DateOfIssue.ShouldBe("None-None-None");
        document.PortraitUrl.ShouldBe("https://dev.progeny.tech/media/images/services/ocr_passport/9456633680.jpg");
        task.Result.Data.Other.ShouldBeNull();
    }

    [Fact]
    public void Deserialize_TokenPair_ReadsBothTokens()
    {
        var pair = JsonSerializer.Deserialize(ProgenySamples.TokenPair("a.b.c", "d.e.f"), ProgenyJsonContext.Default.TokenPairDto).ShouldNotBeNull();

        pair.Access.ShouldBe("a.b.c");
        pair.Refresh.ShouldBe("d.e.f");
    }

    [Fact]
    public void Deserialize_CommentsAndTrailingCommas_AreTolerated()
    {
        var task = JsonSerializer.Deserialize("""{"id": 1, /* note */ "status": "PENDING",}""", ProgenyJsonContext.Default.TaskEnvelopeDocumentDataDto).ShouldNotBeNull();

        task.Status.ShouldBe("PENDING");
    }

    [Fact]
    public void Deserialize_NestingBeyondMaxDepth_ThrowsJsonExceptionForTheClientToHandle() =>
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize(
            "{\"id\": 1, \"x\": " + new string('[', 100) + new string(']', 100) + "}", ProgenyJsonContext.Default.TaskEnvelopeDocumentDataDto));
}

using Progeny.Sdk;
using Progeny.Sdk.Testing.WireMock;
using WireMock.Server;

public class PassportStubTests
{
    [Fact]
    public async Task OcrPassportAsync_ReadsTheStubbedPassport()
    {
        using var server = WireMockServer.Start();
        var progeny = server.GivenProgeny().WithOcrPassport(StubPassportDocument.Sample with { DocumentNumber = "AB1234567" });
        using var client = new ProgenyClient(progeny.ClientOptions());

        var result = await client.OcrPassportAsync(ProgenyImage.FromFile("passport.jpg"));

        Assert.Equal("AB1234567", result.Document.DocumentNumber);
        Assert.Single(progeny.Uploads);
    }

    [Fact]
    public async Task OcrPassportAsync_NoDocumentOnThePhoto_ThrowsTaskFailed()
    {
        using var server = WireMockServer.Start();
        var progeny = server.GivenProgeny().WithOcrPassport(StubTask.FailedCheck("DOCUMENT_NOT_FOUND"));
        using var client = new ProgenyClient(progeny.ClientOptions());

        var failure = await Assert.ThrowsAsync<ProgenyTaskFailedException>(() => client.OcrPassportAsync(ProgenyImage.FromFile("passport.jpg")));

        Assert.Equal("DOCUMENT_NOT_FOUND", failure.ErrorCode);
    }

    [Fact]
    public async Task OcrPassportAsync_WrongPassword_ThrowsAuthentication()
    {
        using var server = WireMockServer.Start();
        var options = server.GivenProgeny().ClientOptions();
        options.Password = "wrong-password";
        using var client = new ProgenyClient(options);

        await Assert.ThrowsAsync<ProgenyAuthenticationException>(() => client.OcrPassportAsync(ProgenyImage.FromFile("passport.jpg")));
    }

    [Fact]
    public async Task OcrPassportAsync_FieldsRefused_ThrowsValidation()
    {
        using var server = WireMockServer.Start();
        var progeny = server.GivenProgeny().WithFault(ProgenyEndpoint.OcrPassport, StubFault.BadRequest());
        using var client = new ProgenyClient(progeny.ClientOptions());

        var failure = await Assert.ThrowsAsync<ProgenyValidationException>(() => client.OcrPassportAsync(ProgenyImage.FromFile("passport.jpg")));

        Assert.Equal(["No file was submitted."], failure.Errors["passport_image"]);
    }
}

using Progeny.Sdk;
using Progeny.Sdk.Testing;

public class PassportCheckTests
{
    [Fact]
    public async Task OcrPassportAsync_ReadsTheDocumentThroughTheFakeServer()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = fake.CreateClient();
        var result = await client.OcrPassportAsync(ProgenyImage.FromFile("passport.jpg"));
        Assert.Equal("XX008080", result.Document.DocumentNumber);
        Assert.Equal(1, fake.Recording.UploadCount);
    }
}

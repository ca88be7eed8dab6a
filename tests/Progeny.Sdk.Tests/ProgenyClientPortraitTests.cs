using System.Net;
using Progeny.Sdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Progeny.Sdk.Tests;

public class ProgenyClientPortraitTests
{
    private const string PortraitPath = "/media/images/services/ocr_passport/9456633680.png";

    [Fact]
    public async Task DownloadPortraitAsync_ApiHost_ReturnsTheImageWithoutSendingTheToken()
    {
        using var server = ProgenyWireMock.Start().StubLogin();
        Portrait(server, Response.Create().WithBody(TestImages.Png));
        using var client = new ProgenyClient(server.Options());

        var portrait = await client.DownloadPortraitAsync(new PassportDocument { PortraitUrl = PortraitUrl(server) });

        portrait.ContentType.ShouldBe("image/png");
        portrait.Content.ToArray().ShouldBe(TestImages.Png);
        var request = server.At(PortraitPath).ShouldHaveSingleItem();
        request.Headers!.ContainsKey("Authorization").ShouldBeFalse();
        server.Obtains.ShouldBeEmpty();
    }

    [Fact]
    public async Task DownloadPortraitAsync_AuthenticationConfigured_SendsTheBearerToken()
    {
        using var server = ProgenyWireMock.Start().StubLogin();
        Portrait(server, Response.Create().WithBody(TestImages.Jpeg));
        using var client = new ProgenyClient(server.Options(options => options.AuthenticatePortraitDownloads = true));

        var portrait = await client.DownloadPortraitAsync(PortraitUrl(server));

        portrait.ContentType.ShouldBe("image/jpeg");
        server.At(PortraitPath).ShouldHaveSingleItem().Headers!["Authorization"].ShouldHaveSingleItem().ShouldStartWith("Bearer ");
        server.Obtains.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("https://evil.example/portrait.jpg")]
    [InlineData("http://dev.progeny.tech/media/portrait.jpg")]
    [InlineData("ftp://dev.progeny.tech/portrait.jpg")]
    public async Task DownloadPortraitAsync_AddressNotAllowed_ThrowsArgumentExceptionBeforeAnyRequest(string address)
    {
        using var server = ProgenyWireMock.Start().StubLogin();
        using var client = new ProgenyClient(server.Options());

        await Should.ThrowAsync<ArgumentException>(() => client.DownloadPortraitAsync(new Uri(address)));

        server.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task DownloadPortraitAsync_RelativeAddressOrNoPortrait_ThrowsArgumentException()
    {
        using var server = ProgenyWireMock.Start();
        using var client = new ProgenyClient(server.Options());

        await Should.ThrowAsync<ArgumentException>(() => client.DownloadPortraitAsync(new Uri("images/1.jpg", UriKind.Relative)));
        await Should.ThrowAsync<ArgumentException>(() => client.DownloadPortraitAsync(new PassportDocument()));
        server.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task DownloadPortraitAsync_Redirect_IsNotFollowed()
    {
        using var server = ProgenyWireMock.Start();
        Portrait(server, Response.Create().WithStatusCode(HttpStatusCode.Found).WithHeader("Location", $"{server.BaseAddress}elsewhere.png"));
        using var client = new ProgenyClient(server.Options());

        var exception = await Should.ThrowAsync<ProgenyApiException>(() => client.DownloadPortraitAsync(PortraitUrl(server)));

        exception.StatusCode.ShouldBe(HttpStatusCode.Found);
        server.Received.Count.ShouldBe(1);
    }

    [Fact]
    public async Task DownloadPortraitAsync_LargerThanTheTenMebibytePortraitCap_ThrowsProgenyException()
    {
        using var server = ProgenyWireMock.Start();
        Portrait(server, Response.Create().WithBody(TestImages.JpegOfSize((10 * 1024 * 1024) + 1)));
        using var client = new ProgenyClient(server.Options(options => options.MaxImageBytes = ProgenyClientOptions.MaxImageBytesLimit));

        await Should.ThrowAsync<ProgenyException>(() => client.DownloadPortraitAsync(PortraitUrl(server)));
    }

    [Fact]
    public async Task DownloadPortraitAsync_NotAnImage_ThrowsProgenyException()
    {
        using var server = ProgenyWireMock.Start();
        Portrait(server, Response.Create().WithBody("<html>not a portrait</html>"));
        using var client = new ProgenyClient(server.Options());

        var exception = await Should.ThrowAsync<ProgenyException>(() => client.DownloadPortraitAsync(PortraitUrl(server)));

        exception.Message.ShouldContain("neither PNG nor JPEG");
    }

    [Fact]
    public void PortraitHosts_HoldsSomethingElseThanAHostName_FailsValidation()
    {
        var options = new ProgenyClientOptions { Username = "u", Password = "p" };
        options.PortraitHosts.Add("https://media.example/");

        Should.Throw<Microsoft.Extensions.Options.OptionsValidationException>(() => new ProgenyClient(options));
    }

    private static Uri PortraitUrl(ProgenyWireMock server) => new($"http://127.0.0.1:{server.Server.Port}{PortraitPath}");

    private static void Portrait(ProgenyWireMock server, IResponseBuilder response) =>
        server.Server.Given(Request.Create().WithPath(PortraitPath).UsingGet()).RespondWith(response);
}

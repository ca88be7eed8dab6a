using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Progeny.Sdk.Internal;
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

    [Fact]
    public async Task DownloadPortraitAsync_AuthenticationConfiguredAndAnotherAllowedHost_SendsNoToken()
    {
        var seen = new ConcurrentQueue<HttpRequestMessage>();
        HttpMessageHandler Answer() => new InProcessHandler(request =>
        {
            seen.Enqueue(request);
            return request.RequestUri!.AbsolutePath.EndsWith("/accounts/token/obtain/", StringComparison.Ordinal)
                ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(ProgenySamples.TokenPair(Jwt.LongLived(), Jwt.LongLived("refresh")), System.Text.Encoding.UTF8, "application/json") }
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(TestImages.Png) };
        });
        var services = new ServiceCollection();
        services.AddProgenyClient(options =>
        {
            options.Username = ProgenyWireMock.Username;
            options.Password = ProgenyWireMock.Password;
            options.AuthenticatePortraitDownloads = true;
        }).ConfigurePrimaryHttpMessageHandler(Answer);
        services.AddHttpClient(ProgenyHttp.PortraitClientName).ConfigurePrimaryHttpMessageHandler(Answer);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IProgenyClient>();

        await client.DownloadPortraitAsync(new Uri("https://dev.progeny.tech/media/images/services/ocr_passport/9456633680.png"));
        await client.DownloadPortraitAsync(new Uri("https://be.progeny.tech/media/images/services/ocr_passport/9456633680.png"));

        var portraits = seen.Where(r => r.RequestUri!.AbsolutePath.StartsWith("/media/", StringComparison.Ordinal)).ToList();
        portraits.Select(r => r.RequestUri!.Host).ShouldBe(["dev.progeny.tech", "be.progeny.tech"]);
        portraits[0].Headers.Authorization.ShouldBeNull("dev.progeny.tech is an allowed host, not the API: it never gets the token");
        portraits[1].Headers.Authorization!.Scheme.ShouldBe("Bearer");
    }

    [Theory]
    [InlineData("https://be.progeny.tech/api/v3/", "https://be.progeny.tech:6379/media/portrait.png")]
    [InlineData("https://be.progeny.tech/api/v3/", "https://dev.progeny.tech:8443/media/portrait.png")]
    [InlineData("https://be.progeny.tech/api/v3/", "http://127.0.0.1:22/media/portrait.png")]
    [InlineData("http://127.0.0.1:5123/api/v3/", "http://127.0.0.1:22/media/portrait.png")]
    [InlineData("http://127.0.0.1:5123/api/v3/", "https://127.0.0.1:5123/media/portrait.png")]
    public async Task DownloadPortraitAsync_PortOrSchemeOtherThanTheApisOrTheDefault_ThrowsBeforeAnyRequest(string api, string portrait)
    {
        var requests = 0;
        var services = new ServiceCollection();
        services.AddProgenyClient(options =>
        {
            options.BaseAddress = new Uri(api);
            options.Username = ProgenyWireMock.Username;
            options.Password = ProgenyWireMock.Password;
            options.PortraitHosts.Add("127.0.0.1");
        }).ConfigurePrimaryHttpMessageHandler(() => new InProcessHandler(_ => throw new InvalidOperationException($"request {++requests}")));
        services.AddHttpClient(ProgenyHttp.PortraitClientName).ConfigurePrimaryHttpMessageHandler(() => new InProcessHandler(_ => throw new InvalidOperationException($"request {++requests}")));
        await using var provider = services.BuildServiceProvider();

        var refused = await Should.ThrowAsync<ArgumentException>(() => provider.GetRequiredService<IProgenyClient>().DownloadPortraitAsync(new Uri(portrait)));

        refused.Message.ShouldContain("port");
        requests.ShouldBe(0);
    }

    [Fact]
    public async Task DownloadPortraitAsync_LoggedAtTraceWithTheHttpClientFactory_NoLineHoldsThePortraitAddress()
    {
        var path = $"/media/images/services/ocr_passport/{Guid.NewGuid():N}.png";
        using var server = ProgenyWireMock.Start().StubLogin();
        server.Server.Given(Request.Create().WithPath(path).UsingGet()).RespondWith(Response.Create().WithBody(TestImages.Png));
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddProgenyClient(options =>
        {
            options.BaseAddress = server.BaseAddress;
            options.Username = ProgenyWireMock.Username;
            options.Password = ProgenyWireMock.Password;
            options.AuthenticatePortraitDownloads = true;
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IProgenyClient>();

        await client.DownloadPortraitAsync(new Uri($"http://127.0.0.1:{server.Server.Port}{path}"));
        await client.DownloadPortraitAsync(new Uri($"http://127.0.0.1:{server.Server.Port}{path}"));

        server.At(path).Count.ShouldBe(2);
        server.At(path).ShouldAllBe(r => r.Headers!.ContainsKey("Authorization"));
        logs.Lines.ShouldContain(line => line.Contains(ProgenyWireMock.ObtainPath, StringComparison.Ordinal), "the API's own requests are still logged");
        logs.Lines.ShouldNotContain(line => line.Contains(path, StringComparison.Ordinal) || line.Contains("ocr_passport/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DownloadPortraitAsync_EverySourceListened_NoSpanHoldsThePortraitAddress()
    {
        var name = $"{Guid.NewGuid():N}.png";
        using var server = ProgenyWireMock.Start();
        server.Server.Given(Request.Create().WithPath($"/media/{name}").UsingGet()).RespondWith(Response.Create().WithBody(TestImages.Png));
        var spans = new ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => spans.Enqueue(
                $"{activity.Source.Name} {activity.OperationName} {activity.DisplayName} {string.Join(" ", activity.TagObjects.Select(t => $"{t.Key}={t.Value}"))} {string.Join(" ", activity.Events.Select(e => e.Name))}"),
        };
        ActivitySource.AddActivityListener(listener);
        using var client = new ProgenyClient(server.Options());

        await client.DownloadPortraitAsync(new Uri($"http://127.0.0.1:{server.Server.Port}/media/{name}"));

        server.At($"/media/{name}").ShouldHaveSingleItem();
        spans.ShouldContain(span => span.Contains("Progeny portrait", StringComparison.Ordinal));
        spans.ShouldNotContain(span => span.Contains(name, StringComparison.Ordinal));
    }

    private static Uri PortraitUrl(ProgenyWireMock server) => new($"http://127.0.0.1:{server.Server.Port}{PortraitPath}");

    private static void Portrait(ProgenyWireMock server, IResponseBuilder response) =>
        server.Server.Given(Request.Create().WithPath(PortraitPath).UsingGet()).RespondWith(response);
}

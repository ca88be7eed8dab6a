using System.Net;
using System.Net.Sockets;
using Progeny.Sdk.Testing.Tests.Support;

namespace Progeny.Sdk.Testing.Tests;

/// <summary>Start, address, disposal and Django-like URL handling.</summary>
public sealed class ProgenyFakeServerLifecycleTests
{
    [Fact]
    public async Task StartAsync_Twice_ListensOnDistinctLoopbackPorts()
    {
        await using var first = await ProgenyFakeServer.StartAsync();
        await using var second = await ProgenyFakeServer.StartAsync();

        first.Port.ShouldNotBe(second.Port);
        first.BaseAddress.ShouldBe(new Uri($"http://127.0.0.1:{first.Port}/api/v3/"));
        second.BaseAddress.Host.ShouldBe("127.0.0.1");
        first.Username.ShouldBe("fake-user");
        first.Password.ShouldBe("fake-password");
    }

    [Fact]
    public async Task DisposeAsync_StopsTheServerAndReleasesThePort()
    {
        var fake = await ProgenyFakeServer.StartAsync();
        var port = fake.Port;

        await fake.DisposeAsync();
        await fake.DisposeAsync();

        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await Should.ThrowAsync<SocketException>(() => socket.ConnectAsync(IPAddress.Loopback, port));
    }

    [Fact]
    public async Task DisposeAsync_AbortsARequestStuckInADelay()
    {
        var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        fake.InjectFault(FakeFault.Delay(TimeSpan.FromMinutes(10)));
        var pending = client.PostAsync("accounts/token/obtain/", Wire.Form());
        await Task.Delay(100);

        var dispose = fake.DisposeAsync().AsTask();

        (await Task.WhenAny(dispose, Task.Delay(TimeSpan.FromSeconds(10)))).ShouldBe(dispose);
        await Should.ThrowAsync<HttpRequestException>(() => pending);
    }

    [Fact]
    public async Task StartAsync_CopiesTheOptions_AndRefusesOnesThatCannotWork()
    {
        var options = new ProgenyFakeServerOptions { Username = "u1" };
        await using var fake = await ProgenyFakeServer.StartAsync(options);
        options.Username = "u2";

        fake.Username.ShouldBe("u1");
        fake.Options.ShouldNotBeSameAs(options);
        await Should.ThrowAsync<ArgumentException>(() => ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { Password = "" }));
        await Should.ThrowAsync<ArgumentException>(() => ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { AccessTokenLifetime = TimeSpan.Zero }));
    }

    [Fact]
    public async Task Paths_WithoutTrailingSlash_AreRedirectedLikeDjangoAppendSlash()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake, followRedirects: false);

        using var post = await client.PostAsync("accounts/token/obtain", Wire.Form(("username", fake.Username), ("password", fake.Password)));
        using var get = await client.GetAsync("services/task?id=abc");

        post.StatusCode.ShouldBe(HttpStatusCode.MovedPermanently);
        post.Headers.Location!.OriginalString.ShouldBe("/api/v3/accounts/token/obtain/");
        get.StatusCode.ShouldBe(HttpStatusCode.MovedPermanently);
        get.Headers.Location!.OriginalString.ShouldBe("/api/v3/services/task/?id=abc");
        fake.Recording.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Paths_UnknownOrWrongMethod_Answer404PageOr405()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);

        using var unknown = await client.GetAsync("services/kyc_card_with_background_check/");  // documented by name only
        using var wrongMethod = await client.GetAsync("services/ocr_passport/");

        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        unknown.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        wrongMethod.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        (await wrongMethod.Content.ReadAsStringAsync()).ShouldBeJson("""{"detail": "Method \"GET\" not allowed."}""");
        wrongMethod.Content.Headers.Allow.ShouldBe(["POST", "OPTIONS"]);
    }
}

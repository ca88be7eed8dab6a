using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Http.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Progeny.Sdk.Internal;
using Progeny.Sdk.Tests.TestSupport;

namespace Progeny.Sdk.Tests;

/// <summary>Registration in a bare <see cref="ServiceCollection"/>, both overloads, the returned builder, the clock, validation.</summary>
public sealed class ProgenyServiceCollectionExtensionsTests
{
    private static ProgenyImage Jpeg() => ProgenyImage.FromBytes(TestImages.Jpeg, "passport.jpg");

    /// <summary>Points the options at the server, with request timeouts long enough for fake time driven ahead of real I/O.</summary>
    private static void Configure(ProgenyClientOptions options, ProgenyWireMock server)
    {
        options.BaseAddress = server.BaseAddress;
        options.Username = ProgenyWireMock.Username;
        options.Password = ProgenyWireMock.Password;
        options.RequestTimeout = TimeSpan.FromHours(1);
        options.UploadTimeout = TimeSpan.FromHours(1);
    }

    [Fact]
    public async Task AddProgenyClient_BareServiceCollectionWithDefaults_ResolvesAWorkingClient()
    {
        var access = Jwt.LongLived();
        using var server = ProgenyWireMock.Start().StubLogin(access).StubSubmit().StubTask();
        var services = new ServiceCollection();
        services.AddProgenyClient(o =>
        {
            o.BaseAddress = server.BaseAddress;
            o.Username = ProgenyWireMock.Username;
            o.Password = ProgenyWireMock.Password;
        });
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var client = provider.GetRequiredService<IProgenyClient>();
        var taskId = await client.SubmitOcrPassportAsync(Jpeg());
        var result = await client.WaitForOcrPassportAsync(taskId);

        result.Document.DocumentNumber.ShouldBe("XX008080");
        provider.GetRequiredService<IProgenyClient>().ShouldBeSameAs(client);
        server.Received.Select(r => $"{r.Method} {r.Path} {Bearer.Of(r) is not null}").ShouldBe(
        [
            $"POST {ProgenyWireMock.ObtainPath} False",
            $"POST {ProgenyWireMock.OcrPassportPath} True",
            $"GET {ProgenyWireMock.TaskPath} True",
        ]);
        MultipartBody.Parse(server.Obtains.Single()).Select(p => (p.Name, p.Text)).ShouldBe(
            [("username", ProgenyWireMock.Username), ("password", ProgenyWireMock.Password)], ignoreOrder: true);
        var image = MultipartBody.Parse(server.Posts.Single()).Single(p => p.Name == "passport_image");
        image.Content.ShouldBe(TestImages.Jpeg);
        image.FileName.ShouldBe("passport.jpg");
        Bearer.Of(server.Gets.Single()).ShouldBe(access);
        server.Gets.Single().RawQuery.ShouldBe($"?id={DocumentationSamples.TaskId}");
    }

    [Fact]
    public async Task AddProgenyClient_Configuration_BindsBaseAddressCredentialsAndPollingTimeout()
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubSubmit().StubTask(ProgenySamples.Status("PENDING"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Progeny:BaseAddress"] = server.BaseAddress.ToString(),
            ["Progeny:Username"] = "configured-user",
            ["Progeny:Password"] = "configured-password",
            ["Progeny:PollingTimeout"] = "00:00:07",
            ["Progeny:RequestTimeout"] = "01:00:00",
            ["Progeny:UploadTimeout"] = "01:00:00",
        }).Build();
        var fake = new ObservedFakeTimeProvider();
        var services = new ServiceCollection();
        services.AddProgenyClient(configuration.GetSection("Progeny"));
        services.AddSingleton<TimeProvider>(fake);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IProgenyClient>();

        var exception = await Record.ExceptionAsync(() => fake.DriveAsync(client.OcrPassportAsync(Jpeg())));

        exception.ShouldBeOfType<ProgenyTaskTimeoutException>().TaskId.ShouldBe(DocumentationSamples.TaskId);
        var waited = fake.GetUtcNow() - ObservedFakeTimeProvider.Epoch;
        waited.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(7));
        waited.ShouldBeLessThan(TimeSpan.FromSeconds(30), "PollingTimeout was bound from configuration (default: 2 minutes)");
        MultipartBody.Parse(server.Obtains.Single()).Select(p => (p.Name, p.Text)).ShouldBe(
            [("username", "configured-user"), ("password", "configured-password")], ignoreOrder: true);
        server.Posts.Count.ShouldBe(1);
        server.Gets.Count.ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task AddProgenyClient_ReturnsHttpClientBuilder_WhoseUserHandlerSeesEveryRequest()
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubSubmit().StubTask();
        var fake = new ObservedFakeTimeProvider();
        var recorder = new RecordingHandler(fake);
        var services = new ServiceCollection();
        IHttpClientBuilder builder = services.AddProgenyClient(o => Configure(o, server));
        builder.AddHttpMessageHandler(() => recorder);
        services.AddSingleton<TimeProvider>(fake);
        await using var provider = services.BuildServiceProvider();

        await fake.DriveAsync(provider.GetRequiredService<IProgenyClient>().OcrPassportAsync(Jpeg()));

        recorder.Requests.Select(r => (r.Method.Method, r.Path, r.AuthorizationScheme)).ShouldBe(
        [
            ("POST", ProgenyWireMock.ObtainPath, null),
            ("POST", ProgenyWireMock.OcrPassportPath, "Bearer"),
            ("GET", ProgenyWireMock.TaskPath, "Bearer"),
        ]);
        server.Received.Count.ShouldBe(3);
    }

    [Fact]
    public async Task AddProgenyClient_UserHandlerAndFakeClock_FirstPollComesAboutOneSecondAfterTheUpload()
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubSubmit().StubTask();
        var fake = new ObservedFakeTimeProvider();
        var recorder = new RecordingHandler(fake);
        var services = new ServiceCollection();
        services.AddProgenyClient(o => Configure(o, server)).AddHttpMessageHandler(() => recorder);
        services.AddSingleton<TimeProvider>(fake);
        await using var provider = services.BuildServiceProvider();

        var call = provider.GetRequiredService<IProgenyClient>().OcrPassportAsync(Jpeg());
        await fake.WaitForShortTimerAsync(1);
        fake.Advance(TimeSpan.FromSeconds(1.1));
        await call.WaitAsync(TimeSpan.FromSeconds(10));

        var upload = recorder.Requests.Single(r => r.Path == ProgenyWireMock.OcrPassportPath);
        var poll = recorder.Requests.Single(r => r.Path == ProgenyWireMock.TaskPath);
        (poll.SentAt - upload.SentAt).ShouldBeInRange(TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(1.1));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AddProgenyClient_FakeTimeProviderRegisteredBeforeOrAfter_IsTheClientsClock(bool before)
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubSubmit().StubTask();
        var fake = new ObservedFakeTimeProvider();
        var services = new ServiceCollection();
        if (before)
        {
            services.AddSingleton<TimeProvider>(fake);
        }

        services.AddProgenyClient(o => Configure(o, server));
        if (!before)
        {
            services.AddSingleton<TimeProvider>(fake);
        }

        await using var provider = services.BuildServiceProvider();

        var result = await fake.DriveAsync(provider.GetRequiredService<IProgenyClient>().OcrPassportAsync(Jpeg()), maxSteps: 100);

        result.RecordId.ShouldBe(2188);
        fake.ShortTimers.ShouldNotBeEmpty("the first poll waited on the registered clock");
        server.Gets.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(null, "pw", "https://be.progeny.tech/api/v3/")]
    [InlineData("user", null, "https://be.progeny.tech/api/v3/")]
    [InlineData("user", "", "https://be.progeny.tech/api/v3/")]
    [InlineData("user", "pw", "http://be.progeny.tech/api/v3/")]
    [InlineData("user", "pw", "http://10.1.2.3:8080/api/v3/")]
    public async Task AddProgenyClient_OptionsThatCannotWork_ThrowOptionsValidationOnResolve(string? username, string? password, string baseAddress)
    {
        var services = new ServiceCollection();
        services.AddProgenyClient(o =>
        {
            o.BaseAddress = new Uri(baseAddress);
            o.Username = username;
            o.Password = password;
        });
        await using var provider = services.BuildServiceProvider();

        var exception = Record.Exception(() => provider.GetRequiredService<IProgenyClient>());

        exception.ShouldBeOfType<OptionsValidationException>();
    }

    [Fact]
    public async Task AddProgenyClient_NoCredentials_SendsNothing()
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubSubmit().StubTask();
        var services = new ServiceCollection();
        services.AddProgenyClient(o => o.BaseAddress = server.BaseAddress);
        await using var provider = services.BuildServiceProvider();

        Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IProgenyClient>());

        await Wait.SettleAsync();
        server.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task AddProgenyClient_ConfigurationWithoutCredentials_ThrowsOptionsValidationOnResolve()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Progeny:BaseAddress"] = "https://be.progeny.tech/api/v3/",
        }).Build();
        var services = new ServiceCollection();
        services.AddProgenyClient(configuration.GetSection("Progeny"));
        await using var provider = services.BuildServiceProvider();

        Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IProgenyClient>());
    }

    [Fact]
    public async Task AddProgenyClient_NoLoggingProvider_LeavesOutTheFactoryLoggingHandlers()
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubSubmit().StubTask();
        var services = new ServiceCollection();
        services.AddProgenyClient(o => Configure(o, server));
        await using var provider = services.BuildServiceProvider();

        var handlers = Chain(provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(ProgenyHttp.HttpClientName));
        var result = await provider.GetRequiredService<IProgenyClient>().WaitForOcrPassportAsync(await provider.GetRequiredService<IProgenyClient>().SubmitOcrPassportAsync(Jpeg()));

        handlers.ShouldNotContain(typeof(LoggingHttpMessageHandler));
        handlers.ShouldNotContain(typeof(LoggingScopeHttpMessageHandler));
        handlers[^2].ShouldBe(typeof(UploadGuardHandler), "the guard stays next to the transport");
        result.Document.DocumentNumber.ShouldBe("XX008080");
        server.Received.Count.ShouldBe(3);
    }

    [Fact]
    public async Task AddProgenyClient_LoggingProvider_KeepsTheFactoryRequestLogs()
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubSubmit().StubTask();
        var logs = new ListLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddProgenyClient(o => Configure(o, server));
        await using var provider = services.BuildServiceProvider();

        var handlers = Chain(provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(ProgenyHttp.HttpClientName));
        await provider.GetRequiredService<IProgenyClient>().SubmitOcrPassportAsync(Jpeg());

        handlers.ShouldContain(typeof(LoggingHttpMessageHandler));
        handlers.ShouldContain(typeof(LoggingScopeHttpMessageHandler));
        handlers[^2].ShouldBe(typeof(UploadGuardHandler), "the guard stays next to the transport");
        logs.Messages.ShouldContain(m => m.Category == $"System.Net.Http.HttpClient.{ProgenyHttp.HttpClientName}.ClientHandler" && m.Message.Contains("POST", StringComparison.Ordinal));
    }

    /// <summary>The handler types from the outermost to the transport.</summary>
    private static List<Type> Chain(HttpMessageHandler handler)
    {
        var types = new List<Type>();
        for (HttpMessageHandler? current = handler; current is not null; current = (current as DelegatingHandler)?.InnerHandler)
        {
            types.Add(current.GetType());
        }

        return types;
    }

    [Fact]
    public async Task AddProgenyClient_HostWithoutCredentials_FailsToStartNamingTheMissingOptions()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Progeny:BaseAddress"] = "https://be.progeny.tech/api/v3/" });
        builder.Services.AddProgenyClient(builder.Configuration.GetSection("Progeny"));
        using var host = builder.Build();

        var failure = await Should.ThrowAsync<OptionsValidationException>(() => host.StartAsync());

        failure.Failures.ShouldBe(["ProgenyClientOptions.Username is required.", "ProgenyClientOptions.Password is required."]);
    }

    [Fact]
    public async Task AddProgenyClient_HostWithCredentials_Starts()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddProgenyClient(o => (o.Username, o.Password) = ("user", "password"));
        using var host = builder.Build();

        await host.StartAsync();

        await host.StopAsync();
    }

    [Fact]
    public void AddProgenyClient_ConfiguredPortraitHosts_ReplaceTheDefaultList()
    {
        var hosts = BoundPortraitHosts(("Progeny:PortraitHosts:0", "media.example.com"), ("Progeny:PortraitHosts:1", "cdn.example.com"));

        hosts.ShouldBe(["media.example.com", "cdn.example.com"]);
    }

    [Fact]
    public void AddProgenyClient_ConfigurationWithoutPortraitHosts_KeepsTheDefault()
    {
        var hosts = BoundPortraitHosts();

        hosts.ShouldBe(["dev.progeny.tech"]);
    }

    private static IList<string> BoundPortraitHosts(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Progeny:Username"] = "user", ["Progeny:Password"] = "password" })
            .AddInMemoryCollection(settings.Select(setting => KeyValuePair.Create(setting.Key, (string?)setting.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddProgenyClient(configuration.GetSection("Progeny"));
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<ProgenyClientOptions>>().Value.PortraitHosts;
    }
}

using Microsoft.Extensions.Options;
using Progeny.Sdk.Internal;
using Progeny.Sdk.Tests.TestSupport;

namespace Progeny.Sdk.Tests.Internal;

/// <summary>Options that cannot work fail before any request; https is required except on loopback.</summary>
public sealed class ProgenyClientOptionsValidatorTests
{
    [Theory]
    [InlineData(null, "pw")]
    [InlineData("", "pw")]
    [InlineData("  ", "pw")]
    [InlineData("user", null)]
    [InlineData("user", "")]
    public async Task Constructor_MissingCredentials_ThrowsOptionsValidationBeforeAnyRequest(string? username, string? password)
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubSubmit();

        var exception = Record.Exception(() => new ProgenyClient(server.Options(o =>
        {
            o.Username = username;
            o.Password = password;
        })));

        exception.ShouldBeOfType<OptionsValidationException>();
        await Wait.SettleAsync();
        server.Received.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("http://be.progeny.tech/api/v3/")]
    [InlineData("http://10.0.0.5:8080/api/v3/")]
    [InlineData("http://192.168.1.10/api/v3/")]
    [InlineData("http://example.com/api/v3/")]
    [InlineData("ftp://be.progeny.tech/api/v3/")]
    public void Constructor_NonHttpsToARemoteHost_ThrowsOptionsValidation(string baseAddress)
    {
        var exception = Record.Exception(() => new ProgenyClient(new ProgenyClientOptions { BaseAddress = new Uri(baseAddress), Username = "u", Password = "p" }));

        exception.ShouldBeOfType<OptionsValidationException>().Message.ShouldContain("https");
    }

    [Theory]
    [InlineData("https://be.progeny.tech/api/v3/?tenant=7")]
    [InlineData("https://be.progeny.tech/api/v3/#v3")]
    [InlineData("https://name:secret@be.progeny.tech/api/v3/")]
    public void Constructor_BaseAddressWithQueryFragmentOrUserInfo_ThrowsOptionsValidation(string baseAddress)
    {
        var exception = Record.Exception(() => new ProgenyClient(new ProgenyClientOptions { BaseAddress = new Uri(baseAddress), Username = "u", Password = "p" }));

        var message = exception.ShouldBeOfType<OptionsValidationException>().Message;
        message.ShouldContain("query string");
        message.ShouldNotContain("secret");
        message.ShouldNotContain("tenant");
    }

    [Theory]
    [InlineData(ProgenyClientOptions.MaxImageBytesLimit + 1)]
    [InlineData(long.MaxValue)]
    public void Constructor_MaxImageBytesOverTheLimit_ThrowsOptionsValidation(long maxImageBytes)
    {
        var exception = Record.Exception(() => new ProgenyClient(new ProgenyClientOptions { Username = "u", Password = "p", MaxImageBytes = maxImageBytes }));

        exception.ShouldBeOfType<OptionsValidationException>().Message.ShouldContain("MaxImageBytes must be between 1 byte and 100 MiB");
    }

    [Fact]
    public void Validate_MaxImageBytesAtTheLimit_Succeeds()
    {
        var options = new ProgenyClientOptions { Username = "u", Password = "p", MaxImageBytes = ProgenyClientOptions.MaxImageBytesLimit };

        new ProgenyClientOptionsValidator().Validate(Options.DefaultName, options).Succeeded.ShouldBeTrue();
    }

    [Theory]
    [InlineData("https://be.progeny.tech/api/v3/")]
    [InlineData("http://127.0.0.1:5000/api/v3/")]
    [InlineData("http://localhost:5000/api/v3/")]
    [InlineData("http://[::1]:5000/api/v3/")]
    public void Validate_HttpsOrLoopbackHttp_Succeeds(string baseAddress)
    {
        var options = new ProgenyClientOptions { BaseAddress = new Uri(baseAddress), Username = "u", Password = "p" };

        new ProgenyClientOptionsValidator().Validate(Options.DefaultName, options).Succeeded.ShouldBeTrue();
        using var client = new ProgenyClient(options);
    }

    [Fact]
    public async Task Constructor_HttpTo127001_IsAcceptedAndUsed()
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubSubmit();
        server.BaseAddress.Scheme.ShouldBe("http");
        using var client = new ProgenyClient(server.Options());

        var taskId = await client.SubmitOcrPassportAsync(ProgenyImage.FromBytes(TestImages.Jpeg, "p.jpg"));

        taskId.ShouldBe(DocumentationSamples.TaskId);
        server.Posts.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("/api/v3/")]
    [InlineData("/api/v3")]
    public async Task Constructor_BaseAddressWithOrWithoutTrailingSlash_SendsTheSamePaths(string path)
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubSubmit().StubTask();
        using var client = new ProgenyClient(server.Options(o => o.BaseAddress = new Uri($"http://127.0.0.1:{server.Server.Port}{path}")));

        await client.WaitForOcrPassportAsync(await client.SubmitOcrPassportAsync(ProgenyImage.FromBytes(TestImages.Jpeg, "p.jpg")));

        server.Received.Select(r => r.Path).ShouldBe([ProgenyWireMock.ObtainPath, ProgenyWireMock.OcrPassportPath, ProgenyWireMock.TaskPath]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_NonPositiveLimits_ThrowOptionsValidation(int value)
    {
        Should.Throw<OptionsValidationException>(() => new ProgenyClient(new ProgenyClientOptions { Username = "u", Password = "p", PollingTimeout = TimeSpan.FromSeconds(value) }));
        Should.Throw<OptionsValidationException>(() => new ProgenyClient(new ProgenyClientOptions { Username = "u", Password = "p", MaxImageBytes = value }));
    }

    [Fact]
    public void Validate_Failure_NamesTheFieldNotThePassword()
    {
        var options = new ProgenyClientOptions { BaseAddress = new Uri("http://be.progeny.tech/"), Username = null, Password = "pa55-W0rd-never-shown" };

        var result = new ProgenyClientOptionsValidator().Validate(Options.DefaultName, options);

        result.Failed.ShouldBeTrue();
        result.FailureMessage.ShouldContain("Username");
        result.FailureMessage.ShouldNotContain("pa55-W0rd-never-shown");
    }

    [Fact]
    public async Task Constructor_OptionsChangedAfterwards_KeepsTheValidatedCopy()
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubSubmit();
        var options = server.Options();
        using var client = new ProgenyClient(options);
        options.Password = "changed";
        options.BaseAddress = new Uri("http://be.progeny.tech/api/v3/");

        await client.SubmitOcrPassportAsync(ProgenyImage.FromBytes(TestImages.Jpeg, "p.jpg"));

        MultipartBody.Parse(server.Obtains.Single()).Single(p => p.Name == "password").Text.ShouldBe(ProgenyWireMock.Password);
    }

    [Fact]
    public void Defaults_MatchTheContract()
    {
        var options = new ProgenyClientOptions();

        options.BaseAddress.ShouldBe(new Uri("https://be.progeny.tech/api/v3/"));
        options.PollingTimeout.ShouldBe(TimeSpan.FromMinutes(2));
        options.MaxImageBytes.ShouldBe(10 * 1024 * 1024);
        options.Username.ShouldBeNull();
        options.Password.ShouldBeNull();
    }
}

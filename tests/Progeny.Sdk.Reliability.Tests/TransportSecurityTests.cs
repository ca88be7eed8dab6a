using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Progeny.Sdk.Reliability.Tests;

/// <summary>Design §4.9: https only, except loopback hosts (for local fakes); refused before any request.</summary>
public sealed class TransportSecurityTests
{
    [Theory]
    [InlineData("http://be.progeny.tech/api/v3/")]
    [InlineData("http://10.0.0.1/api/v3/")]
    [InlineData("http://127.0.0.1.example.com/api/v3/")]
    [InlineData("ftp://be.progeny.tech/api/v3/")]
    public void ProgenyClient_PlainHttpToARemoteHost_RefusedAtConstruction(string address)
    {
        Should.Throw<OptionsValidationException>(() => new ProgenyClient(Options(address)));
    }

    [Theory]
    [InlineData("http://be.progeny.tech/api/v3/")]
    [InlineData("http://192.168.1.10:8080/api/v3/")]
    public void AddProgenyClient_PlainHttpToARemoteHost_RefusedWhenResolved(string address)
    {
        var services = new ServiceCollection();
        services.AddProgenyClient(o =>
        {
            o.BaseAddress = new Uri(address);
            o.Username = "user";
            o.Password = "password";
        });
        using var provider = services.BuildServiceProvider();

        Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IProgenyClient>());
    }

    [Theory]
    [InlineData("https://be.progeny.tech/api/v3/")]
    [InlineData("http://127.0.0.1:5000/api/v3/")]
    [InlineData("http://localhost:5000/api/v3/")]
    [InlineData("http://[::1]:5000/api/v3/")]
    public void ProgenyClient_HttpsOrLoopback_Accepted(string address)
    {
        using var client = new ProgenyClient(Options(address));
    }

    private static ProgenyClientOptions Options(string address) => new()
    {
        BaseAddress = new Uri(address),
        Username = "user",
        Password = "password",
    };
}

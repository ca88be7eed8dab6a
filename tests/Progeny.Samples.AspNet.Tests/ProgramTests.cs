using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace Progeny.Samples.AspNet.Tests;

/// <summary>How the sample starts: the Progeny options are validated when the host starts, outside Development's embedded fake.</summary>
public sealed class ProgramTests
{
    private const string PasswordCanary = "password-canary-83d1";

    [Fact]
    public void Start_ProductionWithoutCredentials_FailsNamingTheSettingsToSet()
    {
        using var app = Sample("Production");

        var failure = Should.Throw<OptionsValidationException>(() => app.CreateClient());

        failure.OptionsType.ShouldBe(typeof(Progeny.Sdk.ProgenyClientOptions));
        failure.Failures.ShouldContain(
            "The Progeny credentials are missing: set Progeny:Username and Progeny:Password (user secrets, or the environment variables Progeny__Username and Progeny__Password). Only the Development environment runs without them, on the embedded fake Progeny server.");
        failure.Failures.ShouldContain("ProgenyClientOptions.Username is required.");
        failure.Failures.ShouldContain("ProgenyClientOptions.Password is required.");
    }

    [Fact]
    public void Start_DevelopmentWithUsernameButNoPassword_FailsInsteadOfUsingTheEmbeddedFake()
    {
        using var app = Sample("Development", ("Progeny:Username", "someone"));

        var failure = Should.Throw<OptionsValidationException>(() => app.CreateClient());

        failure.Failures.ShouldContain("ProgenyClientOptions.Password is required.");
        failure.Failures.ShouldNotContain("ProgenyClientOptions.Username is required.");
    }

    [Fact]
    public void Start_PlainHttpToARemoteHost_FailsWithoutShowingThePassword()
    {
        using var app = Sample("Production", ("Progeny:BaseAddress", "http://progeny.example.com/api/v3/"), ("Progeny:Username", "someone"), ("Progeny:Password", PasswordCanary));

        var failure = Should.Throw<OptionsValidationException>(() => app.CreateClient());

        failure.Failures.ShouldBe(["ProgenyClientOptions.BaseAddress must use https (plain http is accepted for loopback hosts only)."]);
        failure.Message.ShouldNotContain(PasswordCanary);
    }

    private static WebApplicationFactory<Program> Sample(string environment, params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment(environment);
            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }
        });
}

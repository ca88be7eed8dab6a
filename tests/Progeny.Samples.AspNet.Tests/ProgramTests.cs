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
        var failure = StartFailure("Production");

        failure.OptionsType.ShouldBe(typeof(Progeny.Sdk.ProgenyClientOptions));
        failure.Failures.ShouldContain(
            "The Progeny credentials are missing: set Progeny:Username and Progeny:Password (user secrets, or the environment variables Progeny__Username and Progeny__Password). Only the Development environment runs without them, on the embedded fake Progeny server.");
        failure.Failures.ShouldContain("ProgenyClientOptions.Username is required.");
        failure.Failures.ShouldContain("ProgenyClientOptions.Password is required.");
    }

    [Fact]
    public void Start_DevelopmentWithUsernameButNoPassword_FailsInsteadOfUsingTheEmbeddedFake()
    {
        var failure = StartFailure("Development", ("Progeny:Username", "someone"));

        failure.Failures.ShouldContain("ProgenyClientOptions.Password is required.");
        failure.Failures.ShouldNotContain("ProgenyClientOptions.Username is required.");
    }

    [Fact]
    public void Start_PlainHttpToARemoteHost_FailsWithoutShowingThePassword()
    {
        var failure = StartFailure("Production", ("Progeny:BaseAddress", "http://progeny.example.com/api/v3/"), ("Progeny:Username", "someone"), ("Progeny:Password", PasswordCanary));

        failure.Failures.ShouldBe(["ProgenyClientOptions.BaseAddress must use https (plain http is accepted for loopback hosts only)."]);
        failure.Message.ShouldNotContain(PasswordCanary);
    }

    /// <summary>
    /// Starts the sample, which must fail validating its options. WebApplicationFactory races an application that fails
    /// while it starts: its own thread may look the host's services up after the failed start disposed them, and throw
    /// <see cref="ObjectDisposedException"/> instead of the start's failure. Such a start is tried again, up to five times.
    /// </summary>
    private static OptionsValidationException StartFailure(string environment, params (string Key, string Value)[] settings)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var app = Sample(environment, settings);
            try
            {
                app.CreateClient();
                throw new ShouldAssertException("The sample started; it should have failed validating its Progeny options.");
            }
            catch (OptionsValidationException failure)
            {
                return failure;
            }
            catch (ObjectDisposedException) when (attempt < 5)
            {
                // The race above: start again.
            }
        }
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

using WireMock.Server;

namespace Progeny.Sdk.Testing.WireMock;

/// <summary>Adds ready-made stubs of the Progeny API v3 to a <see cref="WireMockServer"/>.</summary>
public static class ProgenyWireMockServerExtensions
{
    /// <summary>
    /// Stubs the whole Progeny API v3 under <c>/api/v3/</c> on <paramref name="server"/>, answering as the documentation
    /// does: login and refresh with real JWTs, a bearer token required on every service, each service's submission
    /// checked for its multipart fields and answered with a task id, and each task answered with its documented sample.
    /// Change a service's answers with the <c>With…</c> methods of the result.
    /// </summary>
    /// <param name="server">The started server; the stubs sit beside your own mappings, which win when they match too.</param>
    /// <param name="options">The credentials, token lifetimes and clock, or <see langword="null"/> for the defaults.</param>
    /// <returns>The stubs: create a client with <see cref="ProgenyStubs.ClientOptions"/>, script answers, read what was received.</returns>
    public static ProgenyStubs GivenProgeny(this WireMockServer server, ProgenyStubOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        return new ProgenyStubs(server, options ?? new ProgenyStubOptions());
    }
}

using WireMock.Logging;
using WireMock.Server;
using WireMock.Settings;

namespace Progeny.Sdk.Testing.WireMock.Tests.Support;

/// <summary>Starts a WireMock server on 127.0.0.1 alone, on a free port.</summary>
internal static class StubServer
{
    public static WireMockServer Start() => WireMockServer.Start(new WireMockServerSettings
    {
        // WireMock hands "127.0.0.1" and "localhost" to Kestrel's ListenLocalhost, which binds [::1] too and cannot
        // pick a free port. This spelling of the same address is parsed as an IP: Kestrel binds 127.0.0.1 alone, port 0.
        Urls = ["http://127.0.0.001:0"],
        StartAdminInterface = false,
        Logger = new WireMockNullLogger(),
    });
}

using Progeny.Sdk.Testing;

namespace Progeny.Cli.Tests;

public static class FakeServerArguments
{
    /// <summary>The options that point <c>progeny</c> at <paramref name="server"/> instead of the built-in one.</summary>
    public static string[] ConnectTo(ProgenyFakeServer server, string? password = null) =>
    [
        "--base-address", server.BaseAddress.ToString(),
        "--username", server.Username,
        "--password", password ?? server.Password,
    ];
}

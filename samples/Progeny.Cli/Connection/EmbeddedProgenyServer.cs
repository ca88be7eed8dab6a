using Progeny.Sdk;
using Progeny.Sdk.Testing;

namespace Progeny.Cli;

/// <summary>
/// The fake Progeny server from Progeny.Sdk.Testing, started in this process on loopback when no credentials are
/// set. It answers like Progeny (JWT login, multipart upload, tasks that go through <c>PENDING</c> and
/// <c>STARTED</c>) and returns the <see cref="SpecimenHolder"/>'s document for any document image. It looks tasks up among those it
/// submitted, so a task id it never issued is not found rather than pending forever.
/// </summary>
internal sealed class EmbeddedProgenyServer : IAsyncDisposable
{
    private readonly ProgenyFakeServer _server;

    private EmbeddedProgenyServer(ProgenyFakeServer server) => _server = server;

    /// <summary>Gets the address the server listens on.</summary>
    public Uri BaseAddress => _server.BaseAddress;

    /// <summary>Starts the server.</summary>
    /// <param name="today">The date the specimen's age and expiry are computed for.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server.</returns>
    public static async Task<EmbeddedProgenyServer> StartAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var options = new ProgenyFakeServerOptions { Document = SpecimenHolder.Document(today), TaskLookup = FakeTaskLookup.SubmittedTasks };
        return new EmbeddedProgenyServer(await ProgenyFakeServer.StartAsync(options, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Points client options at this server, with its credentials.</summary>
    /// <param name="options">The options to set.</param>
    public void Configure(ProgenyClientOptions options) => _server.Configure(options);

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _server.DisposeAsync();
}

using Microsoft.Extensions.Options;
using Progeny.Cli;
using Progeny.Sdk;
using Progeny.Sdk.Testing;

namespace Progeny.Samples.AspNet;

/// <summary>
/// The fake Progeny server from Progeny.Sdk.Testing, started on loopback with the application in Development when no
/// <c>Progeny:Username</c> is configured. It answers like Progeny (JWT login, multipart uploads to every service, tasks
/// that go through <c>PENDING</c> and <c>STARTED</c>) and returns the specimen passport's holder for any image, with a
/// live selfie that matches it.
/// </summary>
/// <remarks>
/// Hosted services start before the web server accepts requests, and the client's options are read on the first
/// request, so <see cref="PostConfigure"/> sees the running server. That is also why this mode cannot validate the
/// options on start: the host validates them before any hosted service starts, when the server's address is not known.
/// </remarks>
internal sealed partial class EmbeddedProgenyServer(TimeProvider timeProvider, ILogger<EmbeddedProgenyServer> logger)
    : IHostedService, IPostConfigureOptions<ProgenyClientOptions>, IAsyncDisposable
{
    private ProgenyFakeServer? _server;

    /// <inheritdoc/>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(timeProvider.GetLocalNow().DateTime);
        var options = new ProgenyFakeServerOptions { Document = SpecimenPassport.Document(today) };
        _server = await ProgenyFakeServer.StartAsync(options, cancellationToken);
        LogUsingEmbeddedServer(logger, _server.BaseAddress);
    }

    /// <inheritdoc/>
    public void PostConfigure(string? name, ProgenyClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _server?.Configure(options);
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => DisposeAsync().AsTask();

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Development without Progeny:Username: using the embedded fake Progeny server at {BaseAddress}, which returns the specimen passport for any image.")]
    private static partial void LogUsingEmbeddedServer(ILogger logger, Uri baseAddress);
}

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
/// The host validates the client's options when it starts, before any hosted service runs, so the server starts when
/// the options are first built (<see cref="PostConfigure"/>), and its address and credentials are in them from the start.
/// </remarks>
internal sealed partial class EmbeddedProgenyServer(TimeProvider timeProvider, ILogger<EmbeddedProgenyServer> logger)
    : IHostedService, IPostConfigureOptions<ProgenyClientOptions>, IAsyncDisposable
{
    private readonly Lock _starting = new();
    private ProgenyFakeServer? _server;

    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Server();
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public void PostConfigure(string? name, ProgenyClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Server().Configure(options);
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => DisposeAsync().AsTask();

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private ProgenyFakeServer Server()
    {
        lock (_starting)
        {
            if (_server is null)
            {
                var today = DateOnly.FromDateTime(timeProvider.GetLocalNow().DateTime);
                var options = new ProgenyFakeServerOptions { Document = SpecimenHolder.Document(today) };
                _server = ProgenyFakeServer.StartAsync(options).GetAwaiter().GetResult();
                LogUsingEmbeddedServer(logger, _server.BaseAddress);
            }

            return _server;
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Development without Progeny:Username: using the embedded fake Progeny server at {BaseAddress}, which returns the specimen passport for any image.")]
    private static partial void LogUsingEmbeddedServer(ILogger logger, Uri baseAddress);
}

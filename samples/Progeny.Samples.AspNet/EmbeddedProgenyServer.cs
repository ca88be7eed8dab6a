using Microsoft.Extensions.Options;
using Progeny.Cli;
using Progeny.Sdk;
using Progeny.Sdk.Testing;

namespace Progeny.Samples.AspNet;

/// <summary>
/// The fake Progeny server from Progeny.Sdk.Testing, started on loopback with the application when no
/// <c>Progeny:Username</c> is configured. It answers like Progeny (JWT login, multipart upload, tasks that go through
/// <c>PENDING</c> and <c>STARTED</c>) and returns the specimen passport's holder for any image.
/// </summary>
/// <remarks>
/// Hosted services start before the web server accepts requests, and the client's options are read on the first
/// request, so <see cref="PostConfigure"/> sees the running server.
/// </remarks>
internal sealed partial class EmbeddedProgenyServer(IConfiguration progenySection, TimeProvider timeProvider, ILogger<EmbeddedProgenyServer> logger)
    : IHostedService, IPostConfigureOptions<ProgenyClientOptions>, IAsyncDisposable
{
    private ProgenyFakeServer? _server;

    /// <inheritdoc/>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(progenySection["Username"]))
        {
            return;
        }

        var today = DateOnly.FromDateTime(timeProvider.GetLocalNow().DateTime);
        var options = new ProgenyFakeServerOptions { Document = SpecimenPassport.Document(today) };
        _server = await ProgenyFakeServer.StartAsync(options, cancellationToken);
        LogUsingEmbeddedServer(logger, _server.BaseAddress);
    }

    /// <inheritdoc/>
    public void PostConfigure(string? name, ProgenyClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (_server is not null && string.IsNullOrWhiteSpace(options.Username))
        {
            _server.Configure(options);
        }
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => DisposeAsync().AsTask();

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "No Progeny:Username configured: using the embedded fake Progeny server at {BaseAddress}, which returns the specimen passport for any image.")]
    private static partial void LogUsingEmbeddedServer(ILogger logger, Uri baseAddress);
}

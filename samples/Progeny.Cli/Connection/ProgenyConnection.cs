using Microsoft.Extensions.Logging;
using Progeny.Sdk;

namespace Progeny.Cli;

/// <summary>
/// A Progeny client for one run: on Progeny itself with the credentials set, or on the built-in fake server,
/// started here, when none are.
/// </summary>
internal sealed class ProgenyConnection : IAsyncDisposable
{
    private readonly ProgenyClient _client;
    private readonly EmbeddedProgenyServer? _embeddedServer;

    private ProgenyConnection(ProgenyClient client, EmbeddedProgenyServer? embeddedServer, ProgenyClientOptions options)
    {
        _client = client;
        _embeddedServer = embeddedServer;
        Options = options;
    }

    /// <summary>Gets the client.</summary>
    public IProgenyClient Client => _client;

    /// <summary>Gets the options the client was made with.</summary>
    public ProgenyClientOptions Options { get; }

    /// <summary>Opens the connection; with no credentials, starts the built-in fake server and says so on stderr.</summary>
    /// <param name="settings">What the command line set.</param>
    /// <param name="console">Where to say which server is used.</param>
    /// <param name="loggerFactory">Receives the SDK's log.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The connection; dispose it to stop the fake server.</returns>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The settings cannot work, e.g. plain http to a remote host.</exception>
    public static async Task<ProgenyConnection> OpenAsync(RunSettings settings, CliConsole console, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(console);
        var options = new ProgenyClientOptions();
        if (settings.Timeout is { } timeout)
        {
            options.PollingTimeout = timeout;
        }

        EmbeddedProgenyServer? server = null;
        if (settings.Connection.UsesEmbeddedServer)
        {
            server = await EmbeddedProgenyServer.StartAsync(DateOnly.FromDateTime(DateTime.Today), cancellationToken).ConfigureAwait(false);
            server.Configure(options);
            console.WriteNotice(
                $"no credentials set ({ConnectionSettings.UsernameVariable}, {ConnectionSettings.PasswordVariable}): using the built-in fake Progeny server at {server.BaseAddress}, which answers with sample results (the specimen holder's document for any document image).");
        }
        else
        {
            options.Username = settings.Connection.Username;
            options.Password = settings.Connection.Password;
            options.BaseAddress = settings.Connection.BaseAddress ?? ProgenyClientOptions.DefaultBaseAddress;
        }

        try
        {
            return new ProgenyConnection(new ProgenyClient(options, TimeProvider.System, loggerFactory), server, options);
        }
        catch
        {
            if (server is not null)
            {
                await server.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        if (_embeddedServer is not null)
        {
            await _embeddedServer.DisposeAsync().ConfigureAwait(false);
        }
    }
}

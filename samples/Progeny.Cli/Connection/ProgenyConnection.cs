using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Progeny.Sdk;

namespace Progeny.Cli;

/// <summary>
/// A Progeny client for one run: on Progeny itself with the credentials set, or on the built-in fake server,
/// started here, when none are.
/// </summary>
internal sealed class ProgenyConnection : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly EmbeddedProgenyServer? _embeddedServer;

    private ProgenyConnection(ServiceProvider services, EmbeddedProgenyServer? embeddedServer)
    {
        _services = services;
        _embeddedServer = embeddedServer;
        Client = services.GetRequiredService<IProgenyClient>();
        Options = services.GetRequiredService<IOptions<ProgenyClientOptions>>().Value;
    }

    /// <summary>Gets the client.</summary>
    public IProgenyClient Client { get; }

    /// <summary>Gets the options the client was made with.</summary>
    public ProgenyClientOptions Options { get; }

    /// <summary>Opens the connection, its options validated by the SDK; with no credentials, starts the built-in fake server and says so on stderr.</summary>
    /// <param name="settings">What the command line set.</param>
    /// <param name="console">Where to say which server is used.</param>
    /// <param name="loggerFactory">Receives the SDK's log.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The connection; dispose it to stop the fake server.</returns>
    /// <exception cref="OptionsValidationException">The settings cannot work, e.g. plain http to a remote host.</exception>
    public static async Task<ProgenyConnection> OpenAsync(RunSettings settings, CliConsole console, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(console);
        EmbeddedProgenyServer? server = null;
        if (settings.Connection.UsesEmbeddedServer)
        {
            server = await EmbeddedProgenyServer.StartAsync(DateOnly.FromDateTime(DateTime.Today), cancellationToken).ConfigureAwait(false);
        }

        // Images are checked and prepared before the run (see ImageCheck), so the client sends them as they come.
        var services = new ServiceCollection().AddSingleton(loggerFactory);
        services.AddProgenyClient(options => Configure(options, settings, server)).RemoveAllLoggers();
        var provider = services.BuildServiceProvider();
        try
        {
            var connection = new ProgenyConnection(provider, server);
            if (server is not null)
            {
                console.WriteNotice(
                    $"no credentials set ({ConnectionSettings.UsernameVariable}, {ConnectionSettings.PasswordVariable}): using the built-in fake Progeny server at {server.BaseAddress}, which answers with sample results (the specimen holder's document for any document image).");
            }

            return connection;
        }
        catch
        {
            await provider.DisposeAsync().ConfigureAwait(false);
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
        await _services.DisposeAsync().ConfigureAwait(false);
        if (_embeddedServer is not null)
        {
            await _embeddedServer.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static void Configure(ProgenyClientOptions options, RunSettings settings, EmbeddedProgenyServer? server)
    {
        if (settings.Timeout is { } timeout)
        {
            options.PollingTimeout = timeout;
        }

        if (server is not null)
        {
            server.Configure(options);
        }
        else
        {
            options.Username = settings.Connection.Username;
            options.Password = settings.Connection.Password;
            options.BaseAddress = settings.Connection.BaseAddress ?? ProgenyClientOptions.DefaultBaseAddress;
        }
    }
}

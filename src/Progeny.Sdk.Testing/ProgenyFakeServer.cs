using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Progeny.Sdk.Testing.Internal;

namespace Progeny.Sdk.Testing;

/// <summary>
/// A fake Progeny API v3 server, in-process on <c>127.0.0.1</c> with a free port, that answers like the real one as its
/// documentation describes it and as its framework stack answers by default: JWT login and refresh-token rotation, bearer
/// authentication, the upload of every documented service (<see cref="FakeService"/>) with Django REST Framework's 400
/// bodies and image validation, and a task endpoint that progresses through scripted statuses to the documented result.
/// </summary>
/// <remarks>
/// <para>Wire a client to it with <c>services.AddProgenyClient(o =&gt; fake.Configure(o))</c> or <see cref="CreateClient"/>.</para>
/// <para>
/// Script it with <see cref="Options"/> (document, lifetimes, task progress), <see cref="EnqueueTaskOutcome(FakeTaskOutcome)"/>,
/// <see cref="SetTaskOutcome"/>, <see cref="InjectFault(FakeFault, FakeEndpoint?, int)"/> and <see cref="RevokeAllTokens"/>;
/// assert on <see cref="Recording"/>. Every member is thread-safe. Dispose it to stop it.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// await using var fake = await ProgenyFakeServer.StartAsync();
/// using var client = fake.CreateClient();
/// var result = await client.OcrPassportAsync(ProgenyImage.FromFile("passport.jpg"));
/// Assert.Equal("XX008080", result.Document.DocumentNumber);   // the documentation's sample document
/// Assert.Equal(1, fake.Recording.UploadCount);
/// </code>
/// </example>
public sealed class ProgenyFakeServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FakeBackend _backend;
    private readonly SharedClock _clock;
    private readonly CancellationTokenSource _stopping;
    private int _disposed;

    private ProgenyFakeServer(WebApplication app, FakeBackend backend, SharedClock clock, CancellationTokenSource stopping, int port)
    {
        _app = app;
        _backend = backend;
        _clock = clock;
        _stopping = stopping;
        Port = port;
        BaseAddress = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/api/v3/"));
    }

    /// <summary>Gets the API base address, <c>http://127.0.0.1:&lt;port&gt;/api/v3/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Gets the TCP port the server listens on.</summary>
    public int Port { get; }

    /// <summary>Gets the user name the server accepts.</summary>
    public string Username => _backend.Options.Username;

    /// <summary>Gets the password the server accepts.</summary>
    public string Password => _backend.Options.Password;

    /// <summary>Gets the options the server runs on (a copy of those it was started with); changes apply from the next request.</summary>
    public ProgenyFakeServerOptions Options => _backend.Options;

    /// <summary>
    /// Gets the clock the server runs on and shares with the clients of <see cref="CreateClient"/>: the options'
    /// <see cref="ProgenyFakeServerOptions.TimeProvider"/> plus the waits skipped (see <see cref="ProgenyFakeServerOptions.SkipClientWaits"/>).
    /// Register it for a client built by dependency injection, e.g. <c>services.AddSingleton(fake.TimeProvider)</c>, to skip its waits too.
    /// </summary>
    public TimeProvider TimeProvider => _clock;

    /// <summary>Gets everything the server received.</summary>
    public FakeServerRecording Recording => _backend.Recording;

    /// <summary>Starts a server on <c>127.0.0.1</c> with a free port.</summary>
    /// <param name="options">The settings, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server; dispose it to stop it.</returns>
    /// <exception cref="ArgumentException">The options cannot work, e.g. an empty user name or a lifetime that is not positive.</exception>
    public static async Task<ProgenyFakeServer> StartAsync(ProgenyFakeServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        var settings = Validate((options ?? new ProgenyFakeServerOptions()).Clone());
        var clock = new SharedClock(settings.TimeProvider, settings.SkipClientWaits);
        var backend = new FakeBackend(settings, clock);
        var stopping = new CancellationTokenSource();

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(ProgenyFakeServer).Assembly.GetName().Name,
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });

        // Isolate the fake from the host application's settings (appsettings.json, ASPNETCORE_URLS, Kestrel sections).
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = settings.MaxRequestBodySize;
        });

        var app = builder.Build();
        app.Run(new FakeHttp(backend, clock, stopping.Token).ServeAsync);

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? throw new InvalidOperationException("The fake Progeny server started without an address.");
            return new ProgenyFakeServer(app, backend, clock, stopping, new Uri(address).Port);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            stopping.Dispose();
            throw;
        }
    }

    /// <summary>Points client options at this server: sets <see cref="ProgenyClientOptions.BaseAddress"/>, <see cref="ProgenyClientOptions.Username"/> and <see cref="ProgenyClientOptions.Password"/>.</summary>
    /// <param name="options">The client options, e.g. inside <c>services.AddProgenyClient(o =&gt; fake.Configure(o))</c>.</param>
    public void Configure(ProgenyClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.BaseAddress = BaseAddress;
        options.Username = Username;
        options.Password = Password;
    }

    /// <summary>
    /// Creates a <see cref="ProgenyClient"/> wired to this server and running on its clock, <see cref="TimeProvider"/>, so
    /// that its waits between polls are skipped (unless <see cref="ProgenyFakeServerOptions.SkipClientWaits"/> is off);
    /// dispose it when done.
    /// </summary>
    /// <param name="configure">Adjusts the options after <see cref="Configure"/>, e.g. a shorter <see cref="ProgenyClientOptions.PollingTimeout"/>.</param>
    /// <returns>The client.</returns>
    public ProgenyClient CreateClient(Action<ProgenyClientOptions>? configure = null)
    {
        var options = new ProgenyClientOptions();
        Configure(options);
        configure?.Invoke(options);
        return new ProgenyClient(options, _clock);
    }

    /// <summary>
    /// Queues the outcome of the next task created by any service. A new task takes the next outcome queued for its
    /// service (<see cref="EnqueueTaskOutcome(FakeService, FakeTaskOutcome)"/>), else the next queued here, else
    /// <see cref="ProgenyFakeServerOptions.DefaultTaskOutcome"/>.
    /// </summary>
    /// <param name="outcome">The outcome.</param>
    public void EnqueueTaskOutcome(FakeTaskOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        _backend.EnqueueOutcome(null, outcome);
    }

    /// <summary>Queues the outcome of the next task created by <paramref name="service"/>; it goes before those queued for any service.</summary>
    /// <param name="service">The service, e.g. <see cref="FakeService.FaceLiveness"/>.</param>
    /// <param name="outcome">The outcome, e.g. <see cref="FakeTaskOutcome.FaceTooSmall"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="service"/> is not a <see cref="FakeService"/>.</exception>
    public void EnqueueTaskOutcome(FakeService service, FakeTaskOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        _backend.EnqueueOutcome(service, outcome);
    }

    /// <summary>Changes the outcome of an existing task; the reads it already had still count.</summary>
    /// <param name="taskId">The task id, as the upload answered it.</param>
    /// <param name="outcome">The new outcome.</param>
    /// <exception cref="ArgumentException">The server has no such task.</exception>
    public void SetTaskOutcome(string taskId, FakeTaskOutcome outcome)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        ArgumentNullException.ThrowIfNull(outcome);
        _backend.SetOutcome(taskId, outcome);
    }

    /// <summary>Creates an ocr_passport task without an upload, e.g. to test resuming a wait by task id.</summary>
    /// <param name="outcome">Its outcome, or <see langword="null"/> for the next queued or default one.</param>
    /// <returns>The task id (a UUID string).</returns>
#pragma warning disable RS0027 // Shipped before the per-service overloads, which take no optional parameter: no call becomes ambiguous.
    public string CreateTask(FakeTaskOutcome? outcome = null) => _backend.CreateTask(FakeServices.Get(FakeService.OcrPassport), outcome);
#pragma warning restore RS0027

    /// <summary>Creates a task of <paramref name="service"/> without an upload, with the next queued or default outcome.</summary>
    /// <param name="service">The service whose result the task answers.</param>
    /// <returns>The task id (a UUID string).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="service"/> is not a <see cref="FakeService"/>.</exception>
    public string CreateTask(FakeService service) => _backend.CreateTask(FakeServices.Get(service), null);

    /// <summary>Creates a task of <paramref name="service"/> without an upload.</summary>
    /// <param name="service">The service whose result the task answers.</param>
    /// <param name="outcome">Its outcome.</param>
    /// <returns>The task id (a UUID string).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="service"/> is not a <see cref="FakeService"/>.</exception>
    public string CreateTask(FakeService service, FakeTaskOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return _backend.CreateTask(FakeServices.Get(service), outcome);
    }

    /// <summary>Applies <paramref name="fault"/> to the next <paramref name="times"/> requests of <paramref name="endpoint"/> (of any endpoint when <see langword="null"/>).</summary>
    /// <param name="fault">The fault.</param>
    /// <param name="endpoint">The endpoint, or <see langword="null"/> for any.</param>
    /// <param name="times">How many requests it applies to. Faults apply in the order they were injected.</param>
    public void InjectFault(FakeFault fault, FakeEndpoint? endpoint = null, int times = 1)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        _backend.InjectFault(fault, endpoint, times);
    }

    /// <summary>Removes every fault not yet applied.</summary>
    public void ClearFaults() => _backend.ClearFaults();

    /// <summary>Revokes every access and refresh token issued so far: they are answered 401 from now on; a new login works.</summary>
    public void RevokeAllTokens() => _backend.Tokens.RevokeAll();

    /// <summary>Stops the server: in-flight requests are aborted, the port is released.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            await _app.DisposeAsync().ConfigureAwait(false);
            _stopping.Dispose();
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"ProgenyFakeServer {BaseAddress}";

    private static ProgenyFakeServerOptions Validate(ProgenyFakeServerOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Username, nameof(options));
        ArgumentException.ThrowIfNullOrEmpty(options.Password, nameof(options));
        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options));
        ArgumentNullException.ThrowIfNull(options.TaskProgress, nameof(options));
        ArgumentNullException.ThrowIfNull(options.Document, nameof(options));
        ArgumentNullException.ThrowIfNull(options.DefaultTaskOutcome, nameof(options));
        if (options.AccessTokenLifetime <= TimeSpan.Zero || options.RefreshTokenLifetime <= TimeSpan.Zero)
        {
            throw new ArgumentException("Token lifetimes must be positive.", nameof(options));
        }

        if (options.TaskProcessingTime < TimeSpan.Zero || options.MaxRequestBodySize <= 0 || options.MaxRequestBodyBytes <= 0)
        {
            throw new ArgumentException("TaskProcessingTime must not be negative and the body limits must be positive.", nameof(options));
        }

        return options;
    }
}

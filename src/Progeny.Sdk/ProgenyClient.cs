using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Progeny.Sdk.Internal;

namespace Progeny.Sdk;

/// <summary>
/// The Progeny API v3 client: every v3 service on one task engine. Thread-safe: create one per set of credentials and
/// share it (with dependency injection, use
/// <see cref="ProgenyServiceCollectionExtensions.AddProgenyClient(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{ProgenyClientOptions})"/>).
/// </summary>
/// <remarks>
/// It logs in on first use, renews the 5-minute access token before it expires (one renewal for all concurrent
/// calls), resends a request once after a 401, and polls a task with backoff until it ends. An upload is never
/// retried once sent: each one is a paid check.
/// </remarks>
public sealed class ProgenyClient : IProgenyClient, IDisposable
{
    private readonly ProgenyConnection _connection;
    private readonly PortraitDownloader _portraits;

    /// <summary>Initializes a new client that owns its connections; dispose it when done.</summary>
    /// <param name="options">The API address, credentials and limits.</param>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options cannot work, e.g. no credentials.</exception>
    public ProgenyClient(ProgenyClientOptions options)
        : this(options, TimeProvider.System)
    {
    }

    /// <summary>Initializes a new client that owns its connections, on the given clock and logs; dispose it when done.</summary>
    /// <param name="options">The API address, credentials and limits.</param>
    /// <param name="timeProvider">The clock for polling, timeouts and token expiry (tests pass a fake one).</param>
    /// <param name="loggerFactory">Where to log, or <see langword="null"/> for no logs.</param>
    /// <param name="imagePreparer">Prepares every image before it is checked and sent, or <see langword="null"/> to send images as given.</param>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options cannot work, e.g. no credentials.</exception>
    public ProgenyClient(ProgenyClientOptions options, TimeProvider timeProvider, ILoggerFactory? loggerFactory = null, IProgenyImagePreparer? imagePreparer = null)
        : this(ProgenyConnection.Create(options, timeProvider ?? throw new ArgumentNullException(nameof(timeProvider)), CreateLogger(loggerFactory), imagePreparer))
    {
    }

    /// <summary>Initializes a client on a connection: the dependency-injection path builds it over the factory's HTTP client.</summary>
    internal ProgenyClient(ProgenyConnection connection)
    {
        _connection = connection;
        _portraits = new PortraitDownloader(connection);
        var engine = new TaskEngine(connection);
        OcrPassport = new ProgenyService<OcrPassportRequest, PassportOcrResult>(engine, OcrPassportService.Instance);
        OcrCard = new ProgenyService<OcrCardRequest, CardOcrResult>(engine, OcrCardService.Instance);
        KycPassport = new ProgenyService<KycPassportRequest, KycPassportResult>(engine, KycPassportService.Instance);
        KycCard = new ProgenyService<KycCardRequest, KycCardResult>(engine, KycCardService.Instance);
        FaceLiveness = new ProgenyService<FaceLivenessRequest, FaceLivenessResult>(engine, FaceLivenessService.Instance);
        RegisterFace = new ProgenyService<RegisterFaceRequest, FaceRegistrationResult>(engine, RegisterFaceService.Instance);
        AuthenticateFace = new ProgenyService<AuthenticateFaceRequest, FaceAuthenticationResult>(engine, AuthenticateFaceService.Instance);
        BackgroundCheck = new ProgenyService<BackgroundCheckRequest, BackgroundCheckResult>(engine, BackgroundCheckService.Instance);
    }

    /// <inheritdoc/>
    public IProgenyService<OcrPassportRequest, PassportOcrResult> OcrPassport { get; }

    /// <inheritdoc/>
    public IProgenyService<OcrCardRequest, CardOcrResult> OcrCard { get; }

    /// <inheritdoc/>
    public IProgenyService<KycPassportRequest, KycPassportResult> KycPassport { get; }

    /// <inheritdoc/>
    public IProgenyService<KycCardRequest, KycCardResult> KycCard { get; }

    /// <inheritdoc/>
    public IProgenyService<FaceLivenessRequest, FaceLivenessResult> FaceLiveness { get; }

    /// <inheritdoc/>
    public IProgenyService<RegisterFaceRequest, FaceRegistrationResult> RegisterFace { get; }

    /// <inheritdoc/>
    public IProgenyService<AuthenticateFaceRequest, FaceAuthenticationResult> AuthenticateFace { get; }

    /// <inheritdoc/>
    public IProgenyService<BackgroundCheckRequest, BackgroundCheckResult> BackgroundCheck { get; }

    /// <inheritdoc/>
    public Task<PassportOcrResult> OcrPassportAsync(ProgenyImage passportImage, OcrPassportOptions? options = null, CancellationToken cancellationToken = default) =>
        OcrPassport.RunAsync(Request(passportImage, options), cancellationToken);

    /// <inheritdoc/>
    public Task<string> SubmitOcrPassportAsync(ProgenyImage passportImage, OcrPassportOptions? options = null, CancellationToken cancellationToken = default) =>
        OcrPassport.SubmitAsync(Request(passportImage, options), cancellationToken);

    /// <inheritdoc/>
    public Task<PassportOcrResult> WaitForOcrPassportAsync(string taskId, CancellationToken cancellationToken = default) =>
        OcrPassport.WaitForAsync(taskId, progress: null, cancellationToken);

    /// <inheritdoc/>
    public Task<PassportOcrResult> WaitForOcrPassportAsync(string taskId, IProgress<ProgenyTaskStatus>? progress, CancellationToken cancellationToken = default) =>
        OcrPassport.WaitForAsync(taskId, progress, cancellationToken);

    /// <inheritdoc/>
    public Task<ProgenyPortrait> DownloadPortraitAsync(IdentityDocument document, CancellationToken cancellationToken = default) =>
        DownloadPortraitAsync(PortraitAddress.Of(document), cancellationToken);

    /// <inheritdoc/>
    public Task<ProgenyPortrait> DownloadPortraitAsync(Uri portraitUrl, CancellationToken cancellationToken = default) =>
        _portraits.DownloadAsync(portraitUrl, cancellationToken).WaitObservedAsync(cancellationToken);

    /// <summary>
    /// Closes the connections this client owns and ends every wait in progress with <see cref="ObjectDisposedException"/>
    /// (the tasks go on at Progeny). A client from dependency injection is disposed by its container.
    /// </summary>
    public void Dispose() => _connection.Dispose();

    private static OcrPassportRequest Request(ProgenyImage passportImage, OcrPassportOptions? options) =>
        new(passportImage) { ExtendData = options?.ExtendData == true };

    private static ILogger CreateLogger(ILoggerFactory? loggerFactory) =>
        (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<ProgenyClient>();
}

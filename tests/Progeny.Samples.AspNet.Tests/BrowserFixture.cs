using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using Progeny.Sdk.Testing;

namespace Progeny.Samples.AspNet.Tests;

/// <summary>
/// The sample on a real Kestrel socket (127.0.0.1, a free port) calling <see cref="Fake"/>, a fake Progeny server that
/// returns the specimen's holder, and Debian's Chromium driven headless by Playwright through its executable path: no
/// browser is downloaded.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync.")]
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>
    /// Where Chromium is looked for: <c>CHROMIUM_PATH</c> when set; else Debian's package (<c>apt-get install chromium</c>,
    /// what <c>.ci/run</c> installs), then Google Chrome (as on GitHub's Ubuntu runners).
    /// </summary>
    private static readonly string[] ChromiumCandidates = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path
        ? [path]
        : ["/usr/bin/chromium", "/usr/bin/google-chrome"];

    // Chromium runs as root here (so no sandbox) on a machine without network: no background traffic at all.
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private WebApplicationFactory<Program>? _app;
    private ProgenyFakeServer? _fake;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Gets the address of the running sample, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Gets the fake Progeny server the sample calls, to queue answers and read what it received.</summary>
    public ProgenyFakeServer Fake => _fake ?? throw new InvalidOperationException("The fixture is not initialized.");

    /// <summary>Gets the browser.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture is not initialized.");

    /// <summary>Gets the folder the tests save screenshots in.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        var chromium = ChromiumCandidates.FirstOrDefault(File.Exists) ?? throw new InvalidOperationException(
            $"Chromium is not installed (looked for {string.Join(", ", ChromiumCandidates)}): the browser tests need it. " +
            "Install Debian's package (apt-get install -y chromium; .ci/run does) or set CHROMIUM_PATH to a Chromium or Chrome binary.");

        _fake = await SampleApp.StartFakeAsync();
        _app = SampleApp.Against(_fake);
        BaseAddress = _app.StartOnKestrel();

        // The first read goes through login, upload and three status polls: allow for a loaded CI machine.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_fake is not null)
        {
            await _fake.DisposeAsync();
        }
    }
}

using BenchmarkDotNet.Attributes;
using Progeny.Sdk.Benchmarks.Baseline;
using Progeny.Sdk.Benchmarks.Infrastructure;

namespace Progeny.Sdk.Benchmarks.Modes;

/// <summary>
/// One passport OCR operation against the in-process API (no sockets): token cached, task already finished.
/// The SDK is built through dependency injection as an application builds it.
/// </summary>
[MemoryDiagnoser]
public class OverheadBenchmarks
{
    private static readonly Uri BaseAddress = new("http://127.0.0.1:5000/api/v3/");
    private readonly byte[] _image = CannedBodies.Jpeg(16 * 1024);
    private FakeApiHandler _handler = null!;
    private SdkInstance _sdk = null!;
    private SdkInstance _sdkSystemClock = null!;
    private HttpClient _baselineHttp = null!;
    private BaselineClient _baseline = null!;
    private BaselineClient _baselineNoWait = null!;
    private ProgenyImage _sdkImage = null!;

    [GlobalSetup]
    public void Setup()
    {
        _handler = new FakeApiHandler(new FinishedTasks());
        _sdk = SdkFactory.Create(BaseAddress, ImmediatePollClock.Instance, _handler);
        _sdkSystemClock = SdkFactory.Create(BaseAddress, TimeProvider.System, _handler);
        _sdkImage = ProgenyImage.FromBytes(_image, "passport.jpg");
        _baselineHttp = new HttpClient(_handler, disposeHandler: false) { BaseAddress = BaseAddress };
        _baseline = new BaselineClient(_baselineHttp, ImmediatePollClock.Instance, BaselineSchedule.Fixed1s);
        _baselineNoWait = new BaselineClient(_baselineHttp, TimeProvider.System, BaselineSchedule.Immediate);

        // Log in and warm everything up once: the token is cached from here on.
        _baseline.LoginAsync(SdkFactory.Username, SdkFactory.Password).GetAwaiter().GetResult();
        _baselineNoWait.LoginAsync(SdkFactory.Username, SdkFactory.Password).GetAwaiter().GetResult();
        Baseline().GetAwaiter().GetResult();
        BaselineNoWait().GetAwaiter().GetResult();
        SdkOcrPassport().GetAwaiter().GetResult();
        SdkSubmitThenWait().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _sdk.Dispose();
        _sdkSystemClock.Dispose();
        _baselineHttp.Dispose();
        _handler.Dispose();
    }

    /// <summary>
    /// Raw HttpClient + System.Text.Json source generation: POST, wait 1 s (at once, on the same clock as the SDK), one GET, parse.
    /// </summary>
    [Benchmark(Baseline = true)]
    public Task Baseline() => _baseline.OcrPassportAsync(new MemoryStream(_image, writable: false), "passport.jpg");

    /// <summary>What users call: upload, wait 1 s (at once, see <see cref="ImmediatePollClock"/>), one GET, typed result.</summary>
    [Benchmark]
    public Task<PassportOcrResult> SdkOcrPassport() => _sdk.Client.OcrPassportAsync(_sdkImage);

    /// <summary>The baseline without any wait: POST, one GET at once, parse.</summary>
    [Benchmark]
    public Task BaselineNoWait() => _baselineNoWait.OcrPassportAsync(new MemoryStream(_image, writable: false), "passport.jpg");

    /// <summary>The resumable path on the real system clock, no wait either: submit, then wait (whose first GET is immediate).</summary>
    [Benchmark]
    public async Task<PassportOcrResult> SdkSubmitThenWait()
    {
        var taskId = await _sdkSystemClock.Client.SubmitOcrPassportAsync(_sdkImage);
        return await _sdkSystemClock.Client.WaitForOcrPassportAsync(taskId);
    }
}

using System.Diagnostics;
using Progeny.Sdk.Reliability.Tests.Support;
using Progeny.Sdk.Testing;
using Xunit.Abstractions;

namespace Progeny.Sdk.Reliability.Tests;

/// <summary>
/// Design §4.6: cancellation ends any call within 100 ms, as <see cref="OperationCanceledException"/> (never wrapped);
/// the SDK's own timeouts are <see cref="ProgenyException"/>s, never a cancellation. Measured with a stopwatch from
/// <c>Cancel()</c> to the exception; asserted under 1 s for slow CI machines, the real figure printed.
/// </summary>
public sealed class CancellationTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task SubmitOcrPassportAsync_CanceledDuringTheUpload_EndsPromptly()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = fake.CreateClient();
        fake.InjectFault(FakeFault.Delay(TimeSpan.FromSeconds(30)), FakeEndpoint.OcrPassport);

        var elapsed = await CancelWhenAsync(ct => client.SubmitOcrPassportAsync(TestImages.Image(), cancellationToken: ct), () => fake.Recording.UploadCount == 1);

        Report("upload in flight", elapsed);
    }

    [Fact]
    public async Task OcrPassportAsync_CanceledDuringTheLogin_EndsPromptly()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = fake.CreateClient();
        fake.InjectFault(FakeFault.Delay(TimeSpan.FromSeconds(30)), FakeEndpoint.TokenObtain);

        var elapsed = await CancelWhenAsync(ct => client.OcrPassportAsync(TestImages.Image(), cancellationToken: ct), () => fake.Recording.LoginCount == 1);

        Report("login in flight", elapsed);
        fake.Recording.UploadCount.ShouldBe(0);
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_CanceledDuringAStatusRead_EndsPromptly()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = fake.CreateClient();
        var task = fake.CreateTask();
        fake.InjectFault(FakeFault.Delay(TimeSpan.FromSeconds(30)), FakeEndpoint.TaskStatus);

        var elapsed = await CancelWhenAsync(ct => client.WaitForOcrPassportAsync(task, ct), () => fake.Recording.StatusReadCount == 1);

        Report("status read in flight", elapsed);
    }

    [Fact]
    public async Task OcrPassportAsync_CanceledBetweenPolls_EndsPromptly()
    {
        // The client must really wait between polls here: the fake's skipping of waits is turned off.
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { SkipClientWaits = false });
        fake.EnqueueTaskOutcome(FakeTaskOutcome.NeverEnding());
        using var client = fake.CreateClient();

        var elapsed = await CancelWhenAsync(
            ct => client.OcrPassportAsync(TestImages.Image(), cancellationToken: ct),
            () => fake.Recording.RequestsTo(FakeEndpoint.TaskStatus) is [{ StatusCode: 200 }],
            settle: TimeSpan.FromMilliseconds(100));

        Report("waiting between polls", elapsed);
    }

    [Fact]
    public async Task SubmitOcrPassportAsync_AlreadyCanceled_NothingIsSent()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = fake.CreateClient();

        await Should.ThrowAsync<OperationCanceledException>(() => client.SubmitOcrPassportAsync(TestImages.Image(), cancellationToken: new CancellationToken(canceled: true)));

        fake.Recording.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_StatusReadsTimeOut_TaskTimeoutNotCancellation()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        using var client = fake.CreateClient(o =>
        {
            o.RequestTimeout = TimeSpan.FromSeconds(1); // long enough for the login on a loaded machine
            o.PollingTimeout = TimeSpan.FromSeconds(4);
        });
        var task = fake.CreateTask();
        await client.WaitForOcrPassportAsync(fake.CreateTask());  // log in first
        fake.InjectFault(FakeFault.Delay(TimeSpan.FromSeconds(30)), FakeEndpoint.TaskStatus, times: 100);

        var failure = await Should.ThrowAsync<ProgenyTaskTimeoutException>(() => client.WaitForOcrPassportAsync(task));

        failure.TaskId.ShouldBe(task);
        fake.Recording.StatusReadCount.ShouldBeGreaterThan(2, "the warm-up's reads and at least two that timed out");
    }

    private static async Task<TimeSpan> CancelWhenAsync<T>(Func<CancellationToken, Task<T>> call, Func<bool> ready, TimeSpan? settle = null)
    {
        using var cancellation = new CancellationTokenSource();
        var running = call(cancellation.Token);
        var deadline = Stopwatch.StartNew();
        while (!ready())
        {
            deadline.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20), "the call never reached the point to cancel at");
            await Task.Delay(5);
        }

        await Task.Delay(settle ?? TimeSpan.FromMilliseconds(20));
        running.IsCompleted.ShouldBeFalse();
        var stopwatch = Stopwatch.StartNew();
        await cancellation.CancelAsync();
        var failure = await Should.ThrowAsync<OperationCanceledException>(() => running);
        var elapsed = stopwatch.Elapsed;
        failure.ShouldNotBeAssignableTo<ProgenyException>();
        elapsed.ShouldBeLessThan(Margin);
        return elapsed;
    }

    private void Report(string when, TimeSpan elapsed) =>
        output.WriteLine($"Canceled with {when}: the call ended {elapsed.TotalMilliseconds:F1} ms after Cancel().");
}

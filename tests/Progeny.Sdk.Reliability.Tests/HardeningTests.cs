using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Progeny.Sdk.Reliability.Tests.Support;
using Progeny.Sdk.Testing;

namespace Progeny.Sdk.Reliability.Tests;

/// <summary>
/// Issue 10, finding 7: hostile task ids, credentials echoed by a login error, the portrait cap, disposal during a wait,
/// abandoned work after a cancellation, and the headers every request carries: each proven on the wire.
/// </summary>
[Collection(nameof(Serial))]
public sealed partial class HardeningTests
{
    private const string Username = "canary-user-4711";
    private const string Password = "pässwörd\"4711";

    public static TheoryData<string> HostileTaskIds => ["2188\nINFO Progeny created ocr_passport task forged", new string('x', 100_000), "../token/obtain", "task#1"];

    [Theory]
    [MemberData(nameof(HostileTaskIds))]
    public async Task SubmitOcrPassportAsync_MalformedTaskIdFromTheServer_ProgenyExceptionNothingLoggedOrPolled(string taskId)
    {
        var requests = new ConcurrentQueue<HttpRequestMessage>();
        var logs = new CapturingLoggerProvider();
        await using var harness = Harness(logs, request =>
        {
            requests.Enqueue(request);
            return InProcessApi.IsLogin(request) ? InProcessApi.Tokens() : InProcessApi.Json(200, System.Text.Json.JsonSerializer.Serialize(new { id = taskId }));
        });

        var failure = await Should.ThrowAsync<ProgenyException>(() => harness.Client.OcrPassportAsync(TestImages.Image()));

        failure.Message.ShouldContain("malformed task id");
        failure.Message.ShouldContain("A task may have been created");
        failure.Message.ShouldNotContain(taskId);
        requests.Count(InProcessApi.IsUpload).ShouldBe(1);
        requests.Count(InProcessApi.IsStatusRead).ShouldBe(0);
        logs.Lines.ShouldNotContain(line => line.Contains(taskId, StringComparison.Ordinal));
        logs.Lines.Sum(line => line.Length).ShouldBeLessThan(20_000);
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_TaskIdWithANewline_ArgumentExceptionNothingSent()
    {
        var requests = new ConcurrentQueue<HttpRequestMessage>();
        await using var harness = Harness(logs: null, request =>
        {
            requests.Enqueue(request);
            return InProcessApi.Tokens();
        });

        await Should.ThrowAsync<ArgumentException>(() => harness.Client.WaitForOcrPassportAsync("2188\nforged"));

        requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task OcrPassportAsync_LoginErrorEchoingTheCredentials_ExcerptKeepsNeither()
    {
        var echo = System.Text.Json.JsonSerializer.Serialize(new { detail = $"No active account found for {Username} with password {Password}", username = Username, password = Password });
        await using var harness = Harness(logs: null, _ => InProcessApi.Json(401, echo));

        var failure = await Should.ThrowAsync<ProgenyAuthenticationException>(() => harness.Client.OcrPassportAsync(TestImages.Image()));

        failure.ResponseExcerpt.ShouldNotBeNull().ShouldContain("[redacted]");
        foreach (var text in new[] { failure.ResponseExcerpt, failure.Message, failure.ToString() })
        {
            text.ShouldNotContain(Username, Case.Insensitive);
            text.ShouldNotContain("pässwörd");
            text.ShouldNotContain("p\\u00E4ssw", Case.Insensitive);
        }
    }

    [Fact]
    public async Task DownloadPortraitAsync_PortraitOverItsOwnCap_RefusedWhateverMaxImageBytesAllows()
    {
        var portrait = SampleImages.JpegOfSize(11 * 1024 * 1024);
        await using var harness = Harness(logs: null, request => InProcessApi.IsLogin(request) ? InProcessApi.Tokens() : new HttpResponseMessage { Content = new ByteArrayContent(portrait) },
            o => o.MaxImageBytes = ProgenyClientOptions.MaxImageBytesLimit);

        var failure = await Should.ThrowAsync<ProgenyException>(() => harness.Client.DownloadPortraitAsync(new Uri(InProcessApi.BaseAddress, "/media/portrait.jpg")));

        failure.Message.ShouldContain("more than 10 MiB");
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_ClientDisposedDuringTheWait_ObjectDisposedAtOnce()
    {
        var polled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var harness = Harness(logs: null, request =>
        {
            if (InProcessApi.IsLogin(request))
            {
                return InProcessApi.Tokens();
            }

            polled.TrySetResult();
            return InProcessApi.Json(200, """{"id": 2188, "status": "STARTED"}""");
        }, o => o.PollingTimeout = TimeSpan.FromSeconds(20));
        var wait = harness.Client.WaitForOcrPassportAsync("98008e56-cd6f-410c-9d8d-f9e620661395");
        await polled.Task;

        var disposedAt = System.Diagnostics.Stopwatch.StartNew();
        await harness.DisposeAsync();
        var failure = await Record.ExceptionAsync(() => wait);

        failure.ShouldBeOfType<ObjectDisposedException>().Message.ShouldContain("disposed while waiting for task 98008e56-cd6f-410c-9d8d-f9e620661395");
        disposedAt.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));  // not PollingTimeout (20 s)
    }

    [Fact]
    public async Task OcrPassportAsync_CallsCanceledInEveryPhase_NoUnobservedTaskException()
    {
        // Garbage of earlier tests first, so that only this test's abandoned work is counted.
        Collect();
        var unobserved = new ConcurrentQueue<Exception>();
        void Count(object? sender, UnobservedTaskExceptionEventArgs e) => unobserved.Enqueue(e.Exception);
        TaskScheduler.UnobservedTaskException += Count;
        try
        {
            await using (var fake = await ProgenyFakeServer.StartAsync())
            {
                await using var harness = ClientHarness.Create(fake);
                fake.InjectFault(FakeFault.Delay(TimeSpan.FromMilliseconds(400)), FakeEndpoint.TokenObtain, times: 1);
                fake.InjectFault(FakeFault.Delay(TimeSpan.FromMilliseconds(400)), FakeEndpoint.OcrPassport, times: 100);
                fake.InjectFault(FakeFault.Delay(TimeSpan.FromMilliseconds(400)), FakeEndpoint.TaskStatus, times: 100);
                var calls = Enumerable.Range(0, 30).Select(async i =>
                {
                    using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(25 * i));
                    await Record.ExceptionAsync(() => i % 3 == 0
                        ? harness.Client.WaitForOcrPassportAsync(fake.CreateTask(), cancel.Token)
                        : harness.Client.OcrPassportAsync(TestImages.Image(), cancellationToken: cancel.Token));
                });
                await Task.WhenAll(calls);

                // Let the abandoned work unwind: the delayed answers end within the fault's 400 ms.
                while (harness.InFlight.Count > 0)
                {
                    await Task.Delay(10);
                }
            }

            // Work that fails after every caller left: the one login all calls share, answered 503 once they all canceled.
            await using (var fake = await ProgenyFakeServer.StartAsync())
            {
                await using var harness = ClientHarness.Create(fake);
                fake.InjectFault(FakeFault.Status(503, """{"detail": "Service unavailable"}""").After(TimeSpan.FromMilliseconds(400)), FakeEndpoint.TokenObtain);
                await Task.WhenAll(Enumerable.Range(1, 10).Select(async i =>
                {
                    using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(20 * i));
                    await Record.ExceptionAsync(() => harness.Client.OcrPassportAsync(TestImages.Image(), cancellationToken: cancel.Token));
                }));

                while (fake.Recording.LoginCount == 0 || harness.InFlight.Count > 0)
                {
                    await Task.Delay(10);
                }

                fake.Recording.RequestsTo(FakeEndpoint.TokenObtain).ShouldHaveSingleItem().StatusCode.ShouldBe(503);
                fake.Recording.UploadCount.ShouldBe(0);
            }

            Collect();
        }
        finally
        {
            TaskScheduler.UnobservedTaskException -= Count;
        }

        unobserved.ShouldBeEmpty(string.Join(Environment.NewLine, unobserved.Select(e => e.InnerException?.GetType().Name)));
    }

    [Fact]
    public async Task EveryRequest_CarriesUserAgentAndAccept_TokenRequestsIncluded()
    {
        var requests = new ConcurrentQueue<HttpRequestMessage>();
        await using var harness = Harness(logs: null, request =>
        {
            requests.Enqueue(request);
            return InProcessApi.IsLogin(request) ? InProcessApi.Tokens()
                : InProcessApi.IsUpload(request) ? InProcessApi.Json(200, """{"id": "98008e56-cd6f-410c-9d8d-f9e620661395"}""")
                : InProcessApi.IsStatusRead(request) ? InProcessApi.Json(200, DocumentationSamples.OcrPassportTask)
                : new HttpResponseMessage { Content = new ByteArrayContent(SampleImages.Png) };
        });

        await harness.Client.OcrPassportAsync(TestImages.Image());
        await harness.Client.DownloadPortraitAsync(new Uri(InProcessApi.BaseAddress, "/media/portrait.png"));

        requests.Select(r => r.RequestUri!.AbsolutePath).ShouldContain(path => path.EndsWith("/accounts/token/obtain/", StringComparison.Ordinal));
        requests.Count.ShouldBe(4);
        foreach (var request in requests)
        {
            UserAgentPattern().IsMatch(request.Headers.UserAgent.ToString()).ShouldBeTrue(request.Headers.UserAgent.ToString());
            request.Headers.UserAgent.ToString().ShouldContain($"(.NET {Environment.Version})");
        }

        requests.Where(r => !r.RequestUri!.AbsolutePath.StartsWith("/media/", StringComparison.Ordinal))
            .ShouldAllBe(r => r.Headers.Accept.Single().MediaType == "application/json");
        requests.Single(r => r.RequestUri!.AbsolutePath.StartsWith("/media/", StringComparison.Ordinal)).Headers.Accept.Select(a => a.MediaType)
            .ShouldBe(["image/png", "image/jpeg"]);
    }

    private static ClientHarness Harness(CapturingLoggerProvider? logs, Func<HttpRequestMessage, HttpResponseMessage> answer, Action<ProgenyClientOptions>? configure = null) =>
        ClientHarness.Create(
            o =>
            {
                o.BaseAddress = InProcessApi.BaseAddress;
                o.Username = Username;
                o.Password = Password;
                configure?.Invoke(o);
            },
            logs: logs,
            primary: () => new InProcessHandler(answer));

    private static void Collect()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }

    [GeneratedRegex(@"^Progeny\.Sdk/\d+\.\d+\.\d+\S* \(\.NET \d+\.\d+\.\d+\S*\)$")]
    private static partial Regex UserAgentPattern();
}

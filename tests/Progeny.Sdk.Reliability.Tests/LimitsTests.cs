using System.Net.Http.Headers;
using System.Text;
using Progeny.Sdk.Reliability.Tests.Support;
using Progeny.Sdk.Testing;
using Xunit.Abstractions;

namespace Progeny.Sdk.Reliability.Tests;

/// <summary>
/// Issue 4, item 5: response bodies are capped (task JSON at 1 MiB: a larger body is refused by its length, or stops
/// being read at the cap, never buffered whole), error excerpts stay short, JSON depth is capped, and an upload may
/// take longer than <c>RequestTimeout</c> (within <c>UploadTimeout</c>): no client-wide timeout cuts it short.
/// </summary>
[Collection(nameof(Serial))]
public sealed class LimitsTests(ITestOutputHelper output)
{
    private const int Cap = 1024 * 1024;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task WaitForOcrPassportAsync_StatusBodyOfExactlyOneMebibyte_Parsed(bool streamed)
    {
        var body = PaddedTask(Cap);
        await using var harness = InProcessApi.Client(r => Answer(r, () => streamed ? InProcessApi.Streamed(200, new MemoryStream(body)) : InProcessApi.Json(200, body)));

        var result = await harness.Client.WaitForOcrPassportAsync("task");

        result.Document.DocumentNumber.ShouldBe("XX008080");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task WaitForOcrPassportAsync_StatusBodyOneByteOverTheCap_RefusedAsTransient(bool streamed)
    {
        var body = PaddedTask(Cap + 1);
        await using var harness = InProcessApi.Client(
            r => Answer(r, () => streamed ? InProcessApi.Streamed(200, new MemoryStream(body)) : InProcessApi.Json(200, body)),
            configure: o => o.PollingTimeout = TimeSpan.FromMilliseconds(300));

        var failure = await Should.ThrowAsync<ProgenyTaskTimeoutException>(() => harness.Client.WaitForOcrPassportAsync("task"));

        failure.InnerException.ShouldBeAssignableTo<ProgenyException>();
    }

    [Theory]
    [InlineData(2L * 1024 * 1024, true)]
    [InlineData(2L * 1024 * 1024, false)]
    [InlineData(64L * 1024 * 1024, false)]
    public async Task WaitForOcrPassportAsync_HugeStatusBody_NotBuffered(long length, bool withLength)
    {
        var bodies = new List<LazyBodyStream>();
        await using var harness = InProcessApi.Client(
            r => Answer(r, () =>
            {
                var stream = new LazyBodyStream(length);
                lock (bodies)
                {
                    bodies.Add(stream);
                }

                var response = InProcessApi.Streamed(200, stream);
                if (withLength)
                {
                    response.Content.Headers.ContentLength = length;
                }

                return response;
            }),
            configure: o => o.PollingTimeout = TimeSpan.FromMilliseconds(400));
        await harness.Client.WaitForOcrPassportAsync("warm-up").ShouldThrowAsync<ProgenyTaskTimeoutException>();  // JIT, login, pools
        bodies.Clear();

        var before = GC.GetTotalAllocatedBytes(precise: true);
        await Should.ThrowAsync<ProgenyTaskTimeoutException>(() => harness.Client.WaitForOcrPassportAsync("task"));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        var read = bodies.ShouldHaveSingleItem().BytesRead;
        output.WriteLine($"{length / 1024 / 1024} MiB body, Content-Length {(withLength ? "sent" : "absent")}: {read:N0} bytes read, {allocated:N0} bytes allocated by the whole call.");
        if (withLength)
        {
            read.ShouldBe(0);                        // refused by its length: not a byte read
            allocated.ShouldBeLessThan(512 * 1024);      // a fraction of the body: it was never buffered
        }
        else
        {
            read.ShouldBeLessThanOrEqualTo(Cap + 256 * 1024);  // reading stops at the cap (plus one read buffer)
            allocated.ShouldBeLessThan(4L * Cap);              // the same for 2 MiB and 64 MiB: nothing scales with the body
        }
    }

    [Fact]
    public async Task SubmitOcrPassportAsync_ErrorWithAHugeBody_ExcerptStaysShort()
    {
        var body = "<html>" + new string('x', 500_000) + "</html>";
        await using var harness = InProcessApi.Client(r => InProcessApi.IsLogin(r) ? InProcessApi.Tokens() : Html(500, body));

        var failure = await Should.ThrowAsync<ProgenyApiException>(() => harness.Client.SubmitOcrPassportAsync(TestImages.Image()));

        output.WriteLine($"500 with a {body.Length:N0}-char body: excerpt {failure.ResponseExcerpt?.Length} chars, message {failure.Message.Length} chars.");
        failure.ResponseExcerpt.ShouldNotBeNull().Length.ShouldBeLessThanOrEqualTo(257);
        failure.Message.Length.ShouldBeLessThan(512);
    }

    [Fact]
    public async Task SubmitOcrPassportAsync_ValidationErrorNamingManyFields_MessageStaysShort()
    {
        var body = "{" + string.Join(", ", Enumerable.Range(0, 300).Select(i => $"\"field_{i}\": [\"This field is required.\"]")) + "}";
        await using var harness = InProcessApi.Client(r => InProcessApi.IsLogin(r) ? InProcessApi.Tokens() : InProcessApi.Json(400, body));

        var failure = await Should.ThrowAsync<ProgenyValidationException>(() => harness.Client.SubmitOcrPassportAsync(TestImages.Image()));

        output.WriteLine($"400 naming {failure.Errors.Count} fields ({body.Length:N0} chars): message {failure.Message.Length} chars, excerpt {failure.ResponseExcerpt?.Length} chars.");
        failure.Errors.Count.ShouldBe(300);
        failure.ResponseExcerpt.ShouldNotBeNull().Length.ShouldBeLessThanOrEqualTo(257);
        failure.Message.Length.ShouldBeLessThan(1024);
    }

    [Theory]
    [InlineData(2_000, true)]
    [InlineData(2_000, false)]
    [InlineData(20_000, true)]
    public async Task SubmitOcrPassportAsync_ValidationErrorOverSixteenKiB_KeepsEveryFieldError(int fields, bool withLength)
    {
        var body = Encoding.UTF8.GetBytes("{" + string.Join(", ", Enumerable.Range(0, fields).Select(i => $"\"field_{i}\": [\"This field is required.\"]")) + "}");
        body.Length.ShouldBeGreaterThan(16 * 1024);
        body.Length.ShouldBeLessThan(Cap);
        await using var harness = InProcessApi.Client(r => InProcessApi.IsLogin(r) ? InProcessApi.Tokens()
            : withLength ? InProcessApi.Json(400, body) : InProcessApi.Streamed(400, new MemoryStream(body)));

        var failure = await Should.ThrowAsync<ProgenyValidationException>(() => harness.Client.SubmitOcrPassportAsync(TestImages.Image()));

        failure.Errors.Count.ShouldBe(fields);
        failure.Errors[$"field_{fields - 1}"].ShouldBe(["This field is required."]);
        failure.TaskMayExist.ShouldBeFalse();
        failure.Message.Length.ShouldBeLessThan(1024);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(500)]
    public async Task SubmitOcrPassportAsync_ErrorBodyNestedTenThousandDeep_ApiExceptionNoCrash(int status)
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = fake.CreateClient();
        fake.InjectFault(FakeFault.Status(status, HostileStatusBodyTests.Nested(10_000, "{\"a\": [", "]}")), FakeEndpoint.OcrPassport, times: 2);

        var failure = await Should.ThrowAsync<ProgenyApiException>(() => client.SubmitOcrPassportAsync(TestImages.Image()));

        failure.StatusCode.ShouldBe((System.Net.HttpStatusCode)status);
    }

    [Fact]
    public async Task OcrPassportAsync_LoginAnsweredWithDeepAndHugeBodies_ProgenyExceptionOnly()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = fake.CreateClient();
        fake.InjectFault(FakeFault.MalformedBody(HostileStatusBodyTests.Nested(10_000, "[", "]")), FakeEndpoint.TokenObtain);
        fake.InjectFault(FakeFault.MalformedBody("{\"access\": \"" + new string('a', 2 * Cap) + "\"}"), FakeEndpoint.TokenObtain);

        await Should.ThrowAsync<ProgenyException>(() => client.OcrPassportAsync(TestImages.Image()));
        await Should.ThrowAsync<ProgenyException>(() => client.OcrPassportAsync(TestImages.Image()));

        fake.Recording.UploadCount.ShouldBe(0);
    }

    [Fact]
    public async Task SubmitOcrPassportAsync_UploadSlowerThanRequestTimeoutWithinUploadTimeout_Succeeds()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        static void Configure(ProgenyClientOptions o)
        {
            o.RequestTimeout = TimeSpan.FromMilliseconds(300);
            o.UploadTimeout = TimeSpan.FromSeconds(20);
        }

        using var owned = fake.CreateClient(Configure);
        await using var injected = ClientHarness.Create(fake, configure: Configure);
        fake.InjectFault(FakeFault.Delay(TimeSpan.FromSeconds(1.5)), FakeEndpoint.OcrPassport, times: 2);
        var image = TestImages.JpegWith(string.Empty, payloadBytes: 2 * 1024 * 1024);

        var ids = await Task.WhenAll(
            owned.SubmitOcrPassportAsync(TestImages.Image(image)),
            injected.Client.SubmitOcrPassportAsync(TestImages.Image(image)));

        ids.ShouldAllBe(id => fake.Recording.CreatedTaskIds.Contains(id));
        fake.Recording.Uploads.ShouldAllBe(u => u.FileLength == image.Length);
    }

    private static HttpResponseMessage Answer(HttpRequestMessage request, Func<HttpResponseMessage> status) =>
        InProcessApi.IsLogin(request) ? InProcessApi.Tokens() : status();

    private static HttpResponseMessage Html(int status, string body) =>
        new((System.Net.HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("text/html")) };

    /// <summary>The documentation's sample task, padded inside <c>result.data</c> to exactly <paramref name="length"/> bytes.</summary>
    private static byte[] PaddedTask(int length)
    {
        const string Head = "{\"id\": 2188, \"status\": \"SUCCESS\", \"result\": {\"status\": 200, \"data\": {\"document\": {\"documentNumber\": \"XX008080\"}, \"pad\": \"";
        const string Tail = "\"}}}";
        return Encoding.UTF8.GetBytes(Head + new string('x', length - Head.Length - Tail.Length) + Tail);
    }
}

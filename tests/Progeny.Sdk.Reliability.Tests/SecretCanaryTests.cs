using System.Collections;
using Progeny.Sdk.Reliability.Tests.Support;
using Progeny.Sdk.Testing;
using Xunit.Abstractions;

namespace Progeny.Sdk.Reliability.Tests;

/// <summary>
/// Design §4.8: passwords, tokens, image bytes and passport fields appear in no log line, exception message,
/// <c>ToString()</c> or <c>Data</c>. One end-to-end run through every error path, logging at Trace (the SDK's logs
/// and the HTTP client factory's), with unique canaries as credentials, image bytes and document fields; the tokens
/// are whatever the fake issued, read off the wire below every log.
/// </summary>
public sealed class SecretCanaryTests(ITestOutputHelper output)
{
    [Fact]
    public async Task EveryErrorPath_TraceLogsExceptionsAndResults_NoCanaryAnywhere()
    {
        var id = Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
        var password = $"PW-CANARY-{id}";
        var wrongPassword = $"WRONGPW-CANARY-{id}";
        var username = $"user-canary-{id}";
        var imageCanary = $"IMG-CANARY-{id}";
        var document = FakePassportDocument.Sample with
        {
            FirstName = $"FIRSTCANARY{id}",
            LastName = $"LASTCANARY{id}",
            DocumentNumber = $"DN{id}",
            Nationality = $"NATCANARY{id}",
            DateOfBirth = "1903-7-29",
            Portrait = $"images/PORTRAITCANARY{id}.jpg",
            PortraitUrl = $"https://dev.progeny.tech/media/URLCANARY{id}.jpg",
        };
        var canaries = new List<string>
        {
            password, wrongPassword, username, imageCanary, document.FirstName, document.LastName, document.DocumentNumber,
            document.Nationality, "1903-7-29", "1903-07-29", "7/29/1903", "29/07/1903", $"PORTRAITCANARY{id}", $"URLCANARY{id}",
        };

        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions
        {
            Username = username,
            Password = password,
            TaskProgress = [],
            Document = document,
            AccessTokenLifetime = TimeSpan.FromSeconds(3),  // the client refreshes (and rotates) tokens during the run
        });
        var logs = new CapturingLoggerProvider();
        Wiretap? wiretap = null;
        await using var harness = ClientHarness.Create(
            fake,
            configure: o => o.PollingTimeout = TimeSpan.FromSeconds(15),
            logs: logs,
            wrapPrimary: inner => wiretap = new Wiretap(inner));
        var client = harness.Client;
        var image = TestImages.JpegWith(imageCanary);
        var exceptions = new List<Exception>();
        var results = new List<PassportOcrResult>();

        async Task Run(string step, Func<Task<PassportOcrResult>> call)
        {
            try
            {
                results.Add(await call());
                output.WriteLine($"{step}: result");
            }
            catch (Exception exception)
            {
                exceptions.Add(exception);
                output.WriteLine($"{step}: {exception.GetType().Name}");
            }
        }

        // Both public paths: the one-call operation, and submit then wait (which polls at once, no first delay).
        var calls = 0;
        async Task<PassportOcrResult> Ocr() => calls++ % 2 == 0
            ? await client.OcrPassportAsync(ProgenyImage.FromBytes(image, "passport.jpg"))
            : await client.WaitForOcrPassportAsync(await client.SubmitOcrPassportAsync(ProgenyImage.FromBytes(image, "passport.jpg")));

        await Run("success", Ocr);
        fake.InjectFault(FakeFault.Status(400, """{"passport_image": ["Upload a valid image. The file you uploaded was either not an image or a corrupted image."]}"""), FakeEndpoint.OcrPassport);
        await Run("400 on upload", Ocr);
        var leaked = string.Join(" ", wiretap!.Tokens.Keys);  // a server that echoes the token in its 401 body
        fake.InjectFault(FakeFault.Status(401, $$"""{"detail": "Given token not valid: {{leaked}}", "code": "token_not_valid"}"""), FakeEndpoint.OcrPassport, times: 2);
        await Run("401 twice on upload", Ocr);
        fake.InjectFault(FakeFault.Status(500, "<html><h1>Server Error (500)</h1></html>"), FakeEndpoint.OcrPassport);
        await Run("500 on upload", Ocr);
        fake.InjectFault(FakeFault.DropConnection(), FakeEndpoint.OcrPassport);
        await Run("connection dropped on upload", Ocr);
        fake.InjectFault(FakeFault.DropConnectionAfterProcessing(), FakeEndpoint.OcrPassport);
        await Run("connection dropped after processing", Ocr);
        fake.EnqueueTaskOutcome(FakeTaskOutcome.Failure("Provider error"));
        await Run("task FAILURE", Ocr);
        fake.EnqueueTaskOutcome(FakeTaskOutcome.FailedCheck());
        await Run("SUCCESS with inner 400", Ocr);
        fake.EnqueueTaskOutcome(FakeTaskOutcome.NeverEnding());
        await using (var impatient = ClientHarness.Create(fake, configure: o => o.PollingTimeout = TimeSpan.FromSeconds(1.5), logs: logs))
        {
            await Run("polling timeout", () => impatient.Client.OcrPassportAsync(ProgenyImage.FromBytes(image, "passport.jpg")));
        }

        fake.InjectFault(FakeFault.TruncatedBody(), FakeEndpoint.TaskStatus);  // half of the real body: the canary names
        await Run("truncated status", Ocr);
        fake.InjectFault(FakeFault.MalformedBody("{\"id\": "), FakeEndpoint.TaskStatus);
        fake.InjectFault(FakeFault.Status(503, retryAfter: TimeSpan.FromSeconds(1)), FakeEndpoint.TaskStatus);
        fake.InjectFault(FakeFault.Status(429, retryAfter: TimeSpan.FromSeconds(1)), FakeEndpoint.TaskStatus);
        await Run("malformed, 503, 429 on status", Ocr);
        fake.RevokeAllTokens();
        await Run("tokens revoked: refused refresh, new login", Ocr);
        await using (var refused = ClientHarness.Create(fake, configure: o => o.Password = wrongPassword, logs: logs))
        {
            await Run("bad credentials", () => refused.Client.OcrPassportAsync(ProgenyImage.FromBytes(image, "passport.jpg")));
        }

        var tokens = wiretap.Tokens.Keys.ToList();
        tokens.Count.ShouldBeGreaterThan(4);
        fake.Recording.RefreshCount.ShouldBeGreaterThan(0);
        foreach (var token in tokens)
        {
            canaries.Add(token);
            canaries.Add(token.Split('.')[1]);  // payload (unique jti)
            canaries.Add(token.Split('.')[2]);  // signature
        }

        exceptions.Select(e => e.GetType()).Distinct().Count().ShouldBeGreaterThanOrEqualTo(5);
        results.Count.ShouldBeGreaterThanOrEqualTo(4);
        results.ShouldAllBe(r => r.Document.DocumentNumber == document.DocumentNumber);  // the canaries did reach the caller
        output.WriteLine($"{logs.Lines.Count} log lines, {exceptions.Count} exceptions, {results.Count} results, {tokens.Count} tokens, {canaries.Count} canaries.");

        var texts = new List<(string Where, string Text)>();
        texts.AddRange(logs.Lines.Select(line => ("log", line)));
        foreach (var exception in exceptions)
        {
            texts.Add(("exception", exception.ToString()));
            for (var e = exception; e is not null; e = e.InnerException)
            {
                texts.Add(("message", e.Message));
                texts.AddRange(e.Data.Cast<DictionaryEntry>().Select(entry => ("data", $"{entry.Key}={entry.Value}")));
                if (e is ProgenyApiException api)
                {
                    texts.Add(("excerpt", api.ResponseExcerpt ?? string.Empty));
                }

                if (e is ProgenyValidationException validation)
                {
                    texts.AddRange(validation.Errors.Select(error => ("errors", $"{error.Key}: {string.Join(" ", error.Value)}")));
                }
            }
        }

        texts.AddRange(results.Select(r => ("result", r.ToString())));
        texts.AddRange(results.Select(r => ("document", r.Document.ToString())));
        texts.Count(t => t.Where == "log").ShouldBeGreaterThan(50);
        texts.ShouldContain(t => t.Where == "log" && t.Text.Contains("ocr_passport", StringComparison.Ordinal));  // the factory's request logs are in

        var leaks = texts.SelectMany(t => canaries.Where(c => t.Text.Contains(c, StringComparison.Ordinal)).Select(c => $"{t.Where}: '{c}' in {t.Text}")).ToList();
        leaks.ShouldBeEmpty(string.Join("\n", leaks.Take(5)));
    }
}

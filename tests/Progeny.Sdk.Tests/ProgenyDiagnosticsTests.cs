using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Progeny.Sdk.Tests.TestSupport;

namespace Progeny.Sdk.Tests;

[Collection(nameof(ProgenyDiagnosticsTests))]
public class ProgenyDiagnosticsTests
{
    [Fact]
    public async Task WaitForOcrPassportAsync_Listened_EmitsSpansAndMetricsWithoutHolderData()
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubTaskSequence(
            (200, ProgenySamples.Status("PENDING")),
            (200, DocumentationSamples.OcrPassportTask));
        var activities = new ConcurrentQueue<Activity>();
        using var activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ProgenyDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Enqueue,
        };
        ActivitySource.AddActivityListener(activityListener);
        var measurements = new ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == ProgenyDiagnostics.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meterListener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => measurements.Enqueue((instrument.Name, value, Tags(tags))));
        meterListener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => measurements.Enqueue((instrument.Name, value, Tags(tags))));
        meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => measurements.Enqueue((instrument.Name, value, Tags(tags))));
        meterListener.Start();
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(), fake);

        using var testActivity = new Activity("test").Start();
        var call = client.WaitForOcrPassportAsync(DocumentationSamples.TaskId);
        testActivity.Stop();
        await Wait.UntilAsync(() => server.Gets.Count == 1, "the first status request");
        await FakeTimeDriver.DriveAsync(fake, call, TimeSpan.FromMilliseconds(250));
        await call;

        // Other tests run in parallel with the same task id: keep only this test's trace.
        var mine = activities.Where(activity => activity.TraceId == testActivity.TraceId).ToList();
        mine.Count(activity => activity.OperationName == "Progeny poll").ShouldBe(2);
        mine.Select(activity => activity.GetTagItem("progeny.task.status")).ShouldContain("SUCCESS");
        mine.ShouldContain(activity => activity.OperationName == "Progeny wait" && activity.Status != ActivityStatusCode.Error);
        activities.ShouldContain(activity => activity.OperationName == "Progeny token renewal" && (string?)activity.GetTagItem("progeny.token.renewal") == "login");
        measurements.ShouldContain(m => m.Instrument == "progeny.client.operation.duration" && (string?)m.Tags["progeny.operation"] == "wait" && (string?)m.Tags["progeny.outcome"] == "success");
        measurements.ShouldContain(m => m.Instrument == "progeny.client.task.polls" && m.Value == 2);
        measurements.ShouldContain(m => m.Instrument == "progeny.client.token.renewals" && (string?)m.Tags["progeny.token.renewal"] == "login");
        var everything = string.Join("|", activities.SelectMany(activity => activity.TagObjects.Select(tag => $"{tag.Key}={tag.Value}")));
        everything.ShouldNotContain("XX008080");
        everything.ShouldNotContain("PERFILOVA");
    }

    [Fact]
    public async Task SubmitOcrPassportAsync_Fails_CountsTheFailureByErrorType()
    {
        using var server = ProgenyWireMock.Start().StubLogin();
        server.StubSequence(ProgenyWireMock.OcrPassportPath, "POST", ProgenyWireMock.Json(500, """{"detail": "boom"}"""));
        var failures = new ConcurrentQueue<string?>();
        using var meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == ProgenyDiagnostics.MeterName && instrument.Name == "progeny.client.failures")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meterListener.SetMeasurementEventCallback<long>((_, _, tags, _) => failures.Enqueue(Tags(tags)["error.type"] as string));
        meterListener.Start();
        using var client = new ProgenyClient(server.Options());

        await Should.ThrowAsync<ProgenyApiException>(() => client.SubmitOcrPassportAsync(ProgenyImage.FromBytes(TestImages.Jpeg, "p.jpg")));

        failures.ShouldContain(nameof(ProgenyApiException));
    }

    private static Dictionary<string, object?> Tags(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var dictionary = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            dictionary[tag.Key] = tag.Value;
        }

        return dictionary;
    }
}

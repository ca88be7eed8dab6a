using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;
using Progeny.Sdk.Benchmarks.Baseline;
using Progeny.Sdk.Benchmarks.Infrastructure;

namespace Progeny.Sdk.Benchmarks.Modes;

/// <summary>
/// <c>allocations</c>: which types an operation allocates, SDK vs baseline, sampled from the runtime's AllocationTick
/// events (one sample per ~100 KB allocated) over many operations in process. A profiler stand-in for machines
/// without dotnet-trace: it shows where the bytes go, not who allocated them. <c>--service NAME</c> samples one service
/// of the <c>services</c> mode instead of the ocr_passport contract methods.
/// </summary>
internal static class AllocationsMode
{
    public static async Task<int> RunAsync(Arguments arguments)
    {
        var operations = arguments.Operations ?? (arguments.Tiny ? 500 : 20_000);
        if (arguments.Service is { } name)
        {
            return await RunServiceAsync(name, operations);
        }

        var benchmarks = new OverheadBenchmarks();
        benchmarks.Setup();
        try
        {
            var sdk = await SampleAsync(operations, benchmarks.SdkSubmitThenWait);
            var baseline = await SampleAsync(operations, benchmarks.BaselineNoWait);
            Print("SDK Submit + WaitFor", sdk, operations);
            Print("baseline (no wait)", baseline, operations);
            Result.Print("allocations", ("operations", operations.ToString(CultureInfo.InvariantCulture)),
                ("sdk_sampled_bytes_per_op", (sdk.Values.Sum() / operations).ToString(CultureInfo.InvariantCulture)),
                ("baseline_sampled_bytes_per_op", (baseline.Values.Sum() / operations).ToString(CultureInfo.InvariantCulture)));
            return 0;
        }
        finally
        {
            benchmarks.Cleanup();
        }
    }

    private static async Task<int> RunServiceAsync(string name, int operations)
    {
        using var handler = new FakeApiHandler(new FinishedTasks());
        using var sdk = SdkFactory.Create(ServicesMode.BaseAddress, TimeProvider.System, handler);
        using var http = new HttpClient(handler, disposeHandler: false) { BaseAddress = ServicesMode.BaseAddress };
        var baseline = new BaselineClient(http, TimeProvider.System, BaselineSchedule.Immediate);
        await baseline.LoginAsync(SdkFactory.Username, SdkFactory.Password);
        var service = ServiceCases.For(sdk.Client, baseline).Single(c => c.Name == name);
        var sdkBytes = await SampleAsync(operations, service.Sdk);
        var baselineBytes = await SampleAsync(operations, service.Baseline);
        Print($"SDK {name}", sdkBytes, operations);
        Print($"baseline {name}", baselineBytes, operations);
        Result.Print("allocations", ("service", name), ("operations", operations.ToString(CultureInfo.InvariantCulture)),
            ("sdk_sampled_bytes_per_op", (sdkBytes.Values.Sum() / operations).ToString(CultureInfo.InvariantCulture)),
            ("baseline_sampled_bytes_per_op", (baselineBytes.Values.Sum() / operations).ToString(CultureInfo.InvariantCulture)));
        return 0;
    }

    private static async Task<Dictionary<string, long>> SampleAsync(int operations, Func<Task> operation)
    {
        for (var i = 0; i < 1000; i++)
        {
            await operation();
        }

        using var listener = new AllocationListener();
        for (var i = 0; i < operations; i++)
        {
            await operation();
        }

        return new Dictionary<string, long>(listener.Bytes);
    }

    private static void Print(string name, Dictionary<string, long> bytes, int operations)
    {
        Console.WriteLine();
        Console.WriteLine($"{name}: ~{bytes.Values.Sum() / operations:N0} B/op sampled");
        var table = new Table("type", "~B/op", "share");
        var total = (double)bytes.Values.Sum();
        foreach (var (type, amount) in bytes.OrderByDescending(pair => pair.Value).Take(30))
        {
            table.Add(Shorten(type), (amount / operations).ToString("N0", CultureInfo.InvariantCulture), (amount / total).ToString("P1", CultureInfo.InvariantCulture));
        }

        table.Print();
    }

    /// <summary>Drops namespaces from a type name and cuts it, so that async state machines stay readable.</summary>
    private static string Shorten(string type)
    {
        var shortened = System.Text.RegularExpressions.Regex.Replace(type, @"[A-Za-z0-9_]+\.", string.Empty);
        return shortened.Length > 110 ? shortened[..110] + "…" : shortened;
    }

    private sealed class AllocationListener : EventListener
    {
        private const EventKeywords GcKeyword = (EventKeywords)0x1;

        public ConcurrentDictionary<string, long> Bytes { get; } = new();

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || eventData.Payload is null)
            {
                return;
            }

            var names = eventData.PayloadNames!;
            var type = eventData.Payload[names.IndexOf("TypeName")] as string ?? "?";
            var amount = Convert.ToInt64(eventData.Payload[names.IndexOf("AllocationAmount")], CultureInfo.InvariantCulture);
            Bytes.AddOrUpdate(type, amount, (_, sum) => sum + amount);
        }
    }
}

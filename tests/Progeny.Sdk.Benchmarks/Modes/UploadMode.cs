using System.Diagnostics;
using System.Globalization;
using Progeny.Sdk.Benchmarks.Baseline;
using Progeny.Sdk.Benchmarks.Infrastructure;

namespace Progeny.Sdk.Benchmarks.Modes;

/// <summary>
/// <c>upload</c>: managed bytes allocated per upload (all threads, <see cref="GC.GetTotalAllocatedBytes(bool)"/>) and the
/// process's peak working set, for a 10 MiB JPEG from a file and from a forward-only stream. The transport is in process:
/// it reads the multipart body to the end as a socket would, so the SDK's streaming is what is measured.
/// </summary>
internal static class UploadMode
{
    private static readonly Uri BaseAddress = new("http://127.0.0.1:5000/api/v3/");

    public static async Task<int> RunAsync(Arguments arguments)
    {
        var size = arguments.Tiny ? 1024 * 1024 : 10 * 1024 * 1024;
        var rounds = arguments.Tiny ? 1 : 5;
        var directory = Directory.CreateTempSubdirectory("progeny-bench-");
        var path = Path.Combine(directory.FullName, "passport.jpg");
        await File.WriteAllBytesAsync(path, CannedBodies.Jpeg(size));
        try
        {
            using var handler = new FakeApiHandler(new FinishedTasks());
            using var sdk = SdkFactory.Create(BaseAddress, ImmediatePollClock.Instance, handler);
            using var http = new HttpClient(handler, disposeHandler: false) { BaseAddress = BaseAddress };
            var baseline = new BaselineClient(http, TimeProvider.System, BaselineSchedule.Immediate);
            await baseline.LoginAsync(SdkFactory.Username, SdkFactory.Password);

            // Warm up (JIT, login, pools) with a small image, so that the figures are per upload in steady state.
            var small = CannedBodies.Jpeg(64 * 1024);
            await sdk.Client.SubmitOcrPassportAsync(ProgenyImage.FromBytes(small, "warmup.jpg"));
            await sdk.Client.SubmitOcrPassportAsync(ProgenyImage.FromStream(new ForwardOnlyStream(new MemoryStream(small)), "warmup.jpg"));
            await baseline.SubmitAsync(new MemoryStream(small), "warmup.jpg");

            var table = new Table("upload of " + Mib(size), "first upload", "allocated per upload", "× image", "bytes sent", "peak working set");
            var file = await MeasureAsync("SDK, FromFile", table, size, rounds, handler,
                () => sdk.Client.SubmitOcrPassportAsync(ProgenyImage.FromFile(path)));
            var stream = await MeasureAsync("SDK, FromStream (forward-only)", table, size, rounds, handler, async () =>
            {
                await using var source = new ForwardOnlyStream(File.OpenRead(path));
                return await sdk.Client.SubmitOcrPassportAsync(ProgenyImage.FromStream(source, "passport.jpg"));
            });
            var reused = ProgenyImage.FromStream(new ForwardOnlyStream(File.OpenRead(path)), "passport.jpg");
            await sdk.Client.SubmitOcrPassportAsync(reused);
            var again = await MeasureAsync("SDK, same forward-only image again", table, size, rounds, handler,
                () => sdk.Client.SubmitOcrPassportAsync(reused));
            var baselineFile = await MeasureAsync("baseline, StreamContent(file)", table, size, rounds, handler, async () =>
            {
                await using var source = File.OpenRead(path);
                return await baseline.SubmitAsync(source, "passport.jpg");
            });

            Console.WriteLine();
            table.Print();
            Console.WriteLine();
            Console.WriteLine("Peak working set is the process's, in the order measured; the first row is the clean one.");
            Result.Print("upload",
                ("image_bytes", size.ToString(CultureInfo.InvariantCulture)),
                ("file_alloc_bytes", file.ToString(CultureInfo.InvariantCulture)),
                ("stream_alloc_bytes", stream.ToString(CultureInfo.InvariantCulture)),
                ("stream_reuse_alloc_bytes", again.ToString(CultureInfo.InvariantCulture)),
                ("baseline_file_alloc_bytes", baselineFile.ToString(CultureInfo.InvariantCulture)),
                ("stream_copies", ((double)stream / size).ToString("F2", CultureInfo.InvariantCulture)),
                ("peak_ws_mib", (Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0).ToString("F0", CultureInfo.InvariantCulture)));
            return 0;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async Task<long> MeasureAsync(string name, Table table, int size, int rounds, FakeApiHandler handler, Func<Task<string>> upload)
    {
        // The first upload of a kind also fills the runtime's buffer pools (once per process): shown apart.
        var first = await AllocatedAsync(upload, 1);
        handler.ResetCounters();
        var allocated = await AllocatedAsync(upload, rounds);
        var sent = handler.RequestBytes / rounds;
        using var process = Process.GetCurrentProcess();
        table.Add(name, B(first), B(allocated), ((double)allocated / size).ToString("F3", CultureInfo.InvariantCulture),
            sent.ToString("N0", CultureInfo.InvariantCulture), Mib(process.PeakWorkingSet64));
        return allocated;
    }

    private static async Task<long> AllocatedAsync(Func<Task<string>> upload, int rounds)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < rounds; i++)
        {
            await upload();
        }

        return (GC.GetTotalAllocatedBytes(precise: true) - before) / rounds;
    }

    private static string B(long bytes) => bytes.ToString("N0", CultureInfo.InvariantCulture) + " B";

    private static string Mib(long bytes) => (bytes / 1048576.0).ToString("F1", CultureInfo.InvariantCulture) + " MiB";
}

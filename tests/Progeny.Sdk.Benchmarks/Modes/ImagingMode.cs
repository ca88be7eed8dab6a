using System.Diagnostics;
using System.Globalization;
using Progeny.Sdk.Benchmarks.Infrastructure;
using Progeny.Sdk.Imaging;

namespace Progeny.Sdk.Benchmarks.Modes;

/// <summary>
/// <c>imaging</c>: what Progeny.Sdk.Imaging costs and saves on a 12 MP phone photo (4000×3000 stored, EXIF rotate 90°,
/// GPS, serial number; detail and sensor noise make it a few MB): wall and CPU time per preparation from a file, managed
/// bytes allocated, the resident memory a preparation adds (Linux: VmHWM, reset before it), bytes before and
/// after, and the upload time at stated uplink speeds for the original and for the prepared image. <c>--out PATH</c>
/// also writes the generated photo there.
/// </summary>
internal static class ImagingMode
{
    private static readonly int[] UplinkMegabitsPerSecond = [5, 20, 100];

    public static async Task<int> RunAsync(Arguments arguments)
    {
        var rounds = arguments.Tiny ? 2 : 20;
        var photo = arguments.Tiny ? TestPhotos.PhonePhoto(1200, 1600, orientation: 6, detail: true) : TestPhotos.TwelveMegapixelPortrait;
        var directory = Directory.CreateTempSubdirectory("progeny-bench-");
        var path = Path.Combine(directory.FullName, "photo.jpg");
        await File.WriteAllBytesAsync(path, photo);
        if (arguments.Out is { } keep)
        {
            await File.WriteAllBytesAsync(keep, photo); // to try the CLI on: progeny passport <path>
        }

        try
        {
            // The first run loads the native library and JIT-compiles the path: its peak is the cold, conservative figure.
            var preparer = new ProgenyImagePreparer();
            ProgenyImagePreparationReport report = null!;
            var first = await PeakResidentAsync(async () => report = (await preparer.PrepareWithReportAsync(ProgenyImage.FromFile(path))).Report);
            var peak = await PeakResidentAsync(() => preparer.PrepareAsync(ProgenyImage.FromFile(path)).AsTask());
            var wall = new List<double>();
            var cpu = new List<double>();
            GC.Collect();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            for (var i = 0; i < rounds; i++)
            {
                var cpuBefore = ProcessCpu.Now();
                var started = Stopwatch.GetTimestamp();
                await preparer.PrepareAsync(ProgenyImage.FromFile(path));
                wall.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                cpu.Add((ProcessCpu.Now() - cpuBefore).TotalMilliseconds);
            }

            var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / rounds;
            wall.Sort();
            cpu.Sort();

            var preparation = new Table($"prepare {report.OriginalWidth}×{report.OriginalHeight} JPEG ({rounds} runs)", "median", "min", "max");
            preparation.Add("wall time", Ms(Median(wall)), Ms(wall[0]), Ms(wall[^1]));
            preparation.Add("CPU time (process)", Ms(Median(cpu)), Ms(cpu[0]), Ms(cpu[^1]));
            preparation.Add("managed allocation", B(allocated), "", "");
            preparation.Add("resident memory added by the first run (native library loaded, buffers new)", Mib(first.Peak - first.Before), "", "");
            preparation.Add("resident memory added by a later run (freed buffers reused)", Mib(peak.Peak - peak.Before), "", "");
            preparation.Add("peak resident memory of the whole process (photo generator included)", Mib(Math.Max(first.Peak, peak.Peak)), "", "");
            Console.WriteLine();
            preparation.Print();

            var sizes = new Table("image", "bytes", "pixels", "metadata", "upright", "through a 1 MB gateway (nginx default)");
            sizes.Add("original", report.OriginalByteCount.ToString("N0", CultureInfo.InvariantCulture), $"{report.OriginalWidth}×{report.OriginalHeight}",
                "EXIF (GPS, serial, device)", "no (tag only)", report.OriginalByteCount > 1024 * 1024 ? "413, refused" : "accepted");
            sizes.Add("prepared", report.ByteCount.ToString("N0", CultureInfo.InvariantCulture), $"{report.Width}×{report.Height}",
                Removed(report), "yes", report.ByteCount > 1024 * 1024 ? "413, refused" : "accepted");
            // The same scene held sideways: upright landscape, the widest a 1080 px high photo gets at the default MaxWidth.
            var landscape = (await preparer.PrepareWithReportAsync(ProgenyImage.FromBytes(
                TestPhotos.PhonePhoto(report.OriginalWidth, report.OriginalHeight, orientation: 1, detail: true), "landscape.jpg"))).Report;
            sizes.Add("same scene, landscape, prepared", landscape.ByteCount.ToString("N0", CultureInfo.InvariantCulture), $"{landscape.Width}×{landscape.Height}",
                Removed(landscape), "yes", landscape.ByteCount > 1024 * 1024 ? "413, refused" : "accepted");
            Console.WriteLine();
            sizes.Print();

            var upload = new Table("uplink", "send the original", "prepare, then send", "time saved");
            foreach (var megabits in UplinkMegabitsPerSecond)
            {
                var original = Seconds(report.OriginalByteCount, megabits) * 1000;
                var prepared = Median(wall) + Seconds(report.ByteCount, megabits) * 1000;
                upload.Add($"{megabits} Mbit/s", Ms(original), Ms(prepared), Ms(original - prepared));
            }

            Console.WriteLine();
            upload.Print();
            Console.WriteLine();
            Console.WriteLine("Upload times are computed from the sizes (bytes × 8 / link speed; no protocol overhead, no latency): a phone's uplink is");
            Console.WriteLine("typically 5-20 Mbit/s. The prepared column adds the median preparation time measured above.");
            Result.Print("imaging",
                ("source_bytes", report.OriginalByteCount.ToString(CultureInfo.InvariantCulture)),
                ("prepared_bytes", report.ByteCount.ToString(CultureInfo.InvariantCulture)),
                ("width", report.Width.ToString(CultureInfo.InvariantCulture)),
                ("height", report.Height.ToString(CultureInfo.InvariantCulture)),
                ("landscape_prepared_bytes", landscape.ByteCount.ToString(CultureInfo.InvariantCulture)),
                ("median_ms", Median(wall).ToString("F1", CultureInfo.InvariantCulture)),
                ("median_cpu_ms", Median(cpu).ToString("F1", CultureInfo.InvariantCulture)),
                ("alloc_bytes", allocated.ToString(CultureInfo.InvariantCulture)),
                ("first_run_added_mib", ((first.Peak - first.Before) / 1048576.0).ToString("F1", CultureInfo.InvariantCulture)),
                ("later_run_added_mib", ((peak.Peak - peak.Before) / 1048576.0).ToString("F1", CultureInfo.InvariantCulture)),
                ("process_peak_mib", (Math.Max(first.Peak, peak.Peak) / 1048576.0).ToString("F1", CultureInfo.InvariantCulture)),
                ("saved_ms_at_20mbps", (Seconds(report.OriginalByteCount - report.ByteCount, 20) * 1000 - Median(wall)).ToString("F0", CultureInfo.InvariantCulture)));
            return 0;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>The resident set before a run and its peak during it: Linux resets the peak (VmHWM) on writing 5 to clear_refs.</summary>
    private static async Task<(long Before, long Peak)> PeakResidentAsync(Func<Task> run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        await File.WriteAllTextAsync("/proc/self/clear_refs", "5");
        var before = Status("VmRSS");
        await run();
        return (before, Status("VmHWM"));
    }

    private static long Status(string field)
    {
        var line = File.ReadLines("/proc/self/status").First(line => line.StartsWith(field + ":", StringComparison.Ordinal));
        return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }

    private static string Removed(ProgenyImagePreparationReport report) =>
        report.RemovedMetadata == ImageMetadataKinds.None ? "none found" : $"none ({report.RemovedMetadata} removed)";

    private static double Seconds(long bytes, int megabitsPerSecond) => bytes * 8.0 / (megabitsPerSecond * 1_000_000.0);

    private static double Median(List<double> sorted) => sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;

    private static string Ms(double milliseconds) => milliseconds.ToString("N0", CultureInfo.InvariantCulture) + " ms";

    private static string B(long bytes) => bytes.ToString("N0", CultureInfo.InvariantCulture) + " B";

    private static string Mib(long bytes) => (bytes / 1048576.0).ToString("F1", CultureInfo.InvariantCulture) + " MiB";
}

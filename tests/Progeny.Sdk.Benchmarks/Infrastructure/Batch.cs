using System.Diagnostics;

namespace Progeny.Sdk.Benchmarks.Infrastructure;

/// <summary>What one operation cost, averaged over a batch: wall-clock and process CPU microseconds, managed bytes allocated.</summary>
internal readonly record struct BatchCost(double WallUs, double CpuUs, double Bytes);

/// <summary>Runs an operation a number of times in a row and measures it.</summary>
internal static class Batch
{
    /// <summary>
    /// Awaits <paramref name="operation"/> <paramref name="count"/> times. Bytes are those allocated on all threads
    /// (<see cref="GC.GetTotalAllocatedBytes(bool)"/>, exact), CPU time that of the whole process (<see cref="ProcessCpu"/>).
    /// </summary>
    public static async Task<BatchCost> RunAsync(Func<Task> operation, int count)
    {
        var bytes = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = ProcessCpu.Now();
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            await operation();
        }

        var wall = Stopwatch.GetElapsedTime(start);
        var cpuSpent = ProcessCpu.Now() - cpu;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - bytes;
        return new BatchCost(wall.TotalMicroseconds / count, cpuSpent.TotalMicroseconds / count, (double)allocated / count);
    }

    /// <summary>The median of <paramref name="values"/>.</summary>
    public static double Median(IEnumerable<double> values) => Modes.ScheduleResult.Percentile(values, 0.5);
}

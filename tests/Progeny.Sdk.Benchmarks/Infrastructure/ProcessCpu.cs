using System.Runtime.InteropServices;

namespace Progeny.Sdk.Benchmarks.Infrastructure;

/// <summary>
/// CPU time consumed by this process (all its threads), with nanosecond resolution where the OS has it (Linux:
/// <c>clock_gettime(CLOCK_PROCESS_CPUTIME_ID)</c>); elsewhere <see cref="System.Diagnostics.Process.TotalProcessorTime"/>.
/// On a shared machine it leaves out the time the process waits for a core, which wall-clock time does not.
/// </summary>
internal static partial class ProcessCpu
{
    private const int ClockProcessCpuTimeId = 2;

    public static TimeSpan Now()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ClockProcessCpuTimeId, out var time) == 0)
        {
            return TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100));
        }

        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}

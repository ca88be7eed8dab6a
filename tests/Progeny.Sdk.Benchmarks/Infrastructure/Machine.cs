using System.Globalization;
using System.Runtime.InteropServices;

namespace Progeny.Sdk.Benchmarks.Infrastructure;

/// <summary>What a run measured on: the CPU model, the cores, the OS, the runtime and, on Linux, the load average.</summary>
internal static class Machine
{
    public static string Describe()
    {
        var load = ReadLinux("/proc/loadavg") is { } loadavg ? $", load average {string.Join(' ', loadavg.Split(' ').Take(3))}" : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Machine: {CpuModel()}, {Environment.ProcessorCount} logical cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}{load}");
    }

    /// <summary>The CPU's model name (Linux: <c>/proc/cpuinfo</c>), or the processor architecture elsewhere.</summary>
    private static string CpuModel() =>
        ReadLinux("/proc/cpuinfo")?.Split('\n').FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal)) is { } line
            ? line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()
            : RuntimeInformation.ProcessArchitecture.ToString();

    private static string? ReadLinux(string path) => OperatingSystem.IsLinux() && File.Exists(path) ? File.ReadAllText(path) : null;
}

using System.Globalization;
using Progeny.Sdk.Imaging;

namespace Progeny.Cli;

/// <summary>Adds up what image preparation changed over a run, to say how many bytes it saved. Thread-safe.</summary>
internal sealed class ImageSavings
{
    private long _count;
    private long _originalBytes;
    private long _sentBytes;

    /// <summary>Counts one prepared image, unless it was sent as it was (already upright, small and clean).</summary>
    /// <param name="report">What the preparation did.</param>
    public void Add(ProgenyImagePreparationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!report.IsReencoded)
        {
            return;
        }

        Interlocked.Increment(ref _count);
        Interlocked.Add(ref _originalBytes, report.OriginalByteCount);
        Interlocked.Add(ref _sentBytes, report.ByteCount);
    }

    /// <summary>Gets the one-line summary of the run, or <see langword="null"/> when no image had to change.</summary>
    public string? Summary => Interlocked.Read(ref _count) is var count and > 0
        ? string.Create(CultureInfo.InvariantCulture,
            $"prepared {count} image{(count == 1 ? string.Empty : "s")} before upload (upright, at most 1080 px high, metadata removed): {Size(_originalBytes)} became {Size(_sentBytes)}, {Size(_originalBytes - _sentBytes)} saved. --no-prepare sends the originals.")
        : null;

    private static string Size(long bytes) => bytes switch
    {
        < 0 => "-" + Size(-bytes),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
    };
}

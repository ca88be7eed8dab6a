using System.Globalization;
using Progeny.Sdk;
using Progeny.Sdk.Imaging;

namespace Progeny.Cli;

/// <summary>
/// Checks every image of a run on this machine before the first upload: the path is a file that can be read, is not
/// empty, and decodes as a PNG or JPEG within the limits (Progeny.Sdk.Imaging's own checks). By default the prepared
/// image (upright, at most 1080 px high, no metadata) is what the run sends; with <c>--no-prepare</c>, the file as it
/// is, which must then also fit <see cref="ProgenyClientOptions.MaxImageBytes"/>.
/// </summary>
internal sealed class ImageCheck
{
    private readonly ProgenyImagePreparer _preparer = new();
    private readonly bool _sendPrepared;
    private readonly long _maxImageBytes;

    /// <summary>Initializes a new instance of the <see cref="ImageCheck"/> class.</summary>
    /// <param name="sendPrepared">Whether the prepared images are sent (not with <c>--no-prepare</c>).</param>
    /// <param name="maxImageBytes">The largest image the SDK uploads: the client's <see cref="ProgenyClientOptions.MaxImageBytes"/>.</param>
    public ImageCheck(bool sendPrepared, long maxImageBytes)
    {
        _sendPrepared = sendPrepared;
        _maxImageBytes = maxImageBytes;
    }

    /// <summary>Gets what preparation saved over the run.</summary>
    public ImageSavings Savings { get; } = new();

    /// <summary>Checks the files, a few at a time.</summary>
    /// <param name="paths">The files, as given; each is checked once.</param>
    /// <param name="cancellationToken">Stops the check (Ctrl+C).</param>
    /// <returns>The image to send for each good file, and what is wrong with each bad one, by path.</returns>
    public async Task<(IReadOnlyDictionary<string, ProgenyImage> Images, IReadOnlyDictionary<string, string> Problems)> CheckAsync(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        var distinct = paths.Distinct(StringComparer.Ordinal).ToList();
        var checks = new (ProgenyImage? Image, string? Problem)[distinct.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, distinct.Count), parallel, async (index, token) =>
            checks[index] = await CheckOneAsync(distinct[index], token).ConfigureAwait(false)).ConfigureAwait(false);
        var images = new Dictionary<string, ProgenyImage>(StringComparer.Ordinal);
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var index = 0; index < distinct.Count; index++)
        {
            if (checks[index].Image is { } image)
            {
                images[distinct[index]] = image;
            }
            else
            {
                problems[distinct[index]] = checks[index].Problem!;
            }
        }

        return (images, problems);
    }

    /// <summary>Says what is wrong with an image the SDK refused, in the terms of the file.</summary>
    /// <param name="exception">The SDK's or the preparer's refusal.</param>
    /// <param name="length">The file's length in bytes.</param>
    /// <param name="maxImageBytes">The largest image the SDK uploads.</param>
    /// <returns>The problem, without the path.</returns>
    public static string Describe(ArgumentException exception, long length, long maxImageBytes)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return length > maxImageBytes && exception.Message.Contains(nameof(ProgenyClientOptions.MaxImageBytes), StringComparison.Ordinal)
            ? TooBig(length, maxImageBytes)
            : exception.Message;
    }

    private static string TooBig(long length, long maxImageBytes) => string.Create(CultureInfo.InvariantCulture,
        $"the file is {length} bytes ({Megabytes(length)}), over the {maxImageBytes} bytes ({Megabytes(maxImageBytes)}) the SDK uploads: leave out --no-prepare to send it shrunk.");

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MiB");

    private async Task<(ProgenyImage? Image, string? Problem)> CheckOneAsync(string path, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
        {
            return (null, "a folder, not an image file.");
        }

        long length;
        try
        {
            // Opening the file, not only looking it up, is what tells that it can be read.
            using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            length = RandomAccess.GetLength(file);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return (null, "file not found.");
        }
        catch (UnauthorizedAccessException)
        {
            return (null, "cannot be read: permission denied.");
        }
        catch (IOException exception)
        {
            return (null, $"cannot be read: {exception.Message}");
        }

        if (length == 0)
        {
            return (null, "the file is empty.");
        }

        if (!_sendPrepared && length > _maxImageBytes)
        {
            return (null, TooBig(length, _maxImageBytes));
        }

        try
        {
            var original = ProgenyImage.FromFile(path);
            var (prepared, report) = await _preparer.PrepareWithReportAsync(original, cancellationToken).ConfigureAwait(false);
            if (!_sendPrepared)
            {
                return (original, null);
            }

            Savings.Add(report);
            return (prepared, null);
        }
        catch (ArgumentException exception)
        {
            return (null, Describe(exception, length, _maxImageBytes));
        }
        catch (IOException exception)
        {
            return (null, $"cannot be read: {exception.Message}");
        }
    }
}

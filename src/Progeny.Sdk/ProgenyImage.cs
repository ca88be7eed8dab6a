using System.Runtime.InteropServices;
using Progeny.Sdk.Internal;

namespace Progeny.Sdk;

/// <summary>
/// A PNG or JPEG image to upload. It is checked when a call uses it, before any request is sent:
/// the file must exist, and the image must not be empty, must start with PNG or JPEG magic bytes
/// and must not exceed <see cref="ProgenyClientOptions.MaxImageBytes"/>.
/// </summary>
/// <remarks>
/// An image may be shared by concurrent calls: each reads its own bytes. A file is opened and streamed from disk by each
/// call. A seekable stream is read, at each use, from the position it had when the image was created, one read at a time
/// (so the stream must not be used elsewhere meanwhile), and not disposed. A forward-only stream is read once into memory
/// by the first call (so that a request can be resent with identical bytes) and kept for later calls; a call that
/// arrives while it is being read, or after a call failed to read it, is refused with
/// <see cref="InvalidOperationException"/> before anything is sent.
/// <see cref="ToString"/> never prints the file name or the content.
/// </remarks>
public sealed class ProgenyImage
{
    private readonly string? _path;
    private readonly Stream? _stream;
    private readonly long _streamStart;
    private readonly ReadOnlyMemory<byte>? _bytes;
    private readonly SemaphoreSlim? _streamGate;
    private SegmentedBuffer? _buffered;
    private int _streamClaimed;

    private ProgenyImage(string fileName, string? path, Stream? stream, ReadOnlyMemory<byte>? bytes)
    {
        FileName = fileName;
        _path = path;
        _stream = stream;
        _streamStart = stream is { CanSeek: true } ? stream.Position : 0;
        _streamGate = stream is { CanSeek: true } ? new SemaphoreSlim(1, 1) : null;
        _bytes = bytes;
    }

    /// <summary>Gets the file name sent with the upload.</summary>
    public string FileName { get; }

    /// <summary>Creates an image read from a file when a call uploads it.</summary>
    /// <param name="path">The path of a PNG or JPEG file.</param>
    /// <returns>The image.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public static ProgenyImage FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new ProgenyImage(Path.GetFileName(path), Path.GetFullPath(path), stream: null, bytes: null);
    }

    /// <summary>Creates an image from bytes in memory, without copying them.</summary>
    /// <param name="content">The PNG or JPEG bytes.</param>
    /// <param name="fileName">The file name to send, e.g. <c>passport.jpg</c>.</param>
    /// <returns>The image.</returns>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is empty.</exception>
    public static ProgenyImage FromBytes(ReadOnlyMemory<byte> content, string fileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        return new ProgenyImage(fileName, path: null, stream: null, content);
    }

    /// <summary>Creates an image from a stream, which may be forward-only. The stream is not disposed.</summary>
    /// <param name="content">A readable stream of PNG or JPEG bytes.</param>
    /// <param name="fileName">The file name to send, e.g. <c>passport.jpg</c>.</param>
    /// <returns>The image.</returns>
    /// <exception cref="ArgumentException"><paramref name="content"/> cannot be read, or <paramref name="fileName"/> is empty.</exception>
    public static ProgenyImage FromStream(Stream content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        if (!content.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(content));
        }

        return new ProgenyImage(fileName, path: null, content, bytes: null);
    }

    /// <summary>
    /// Opens the image's bytes for reading, without checking them: for an <see cref="IProgenyImagePreparer"/> that
    /// decodes the image. Each call returns a new stream, positioned at the image's start; dispose it when done.
    /// </summary>
    /// <param name="maxBytes">The most bytes a forward-only stream may hold (it is read into memory the first time).</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>A read-only stream of the image's bytes.</returns>
    /// <exception cref="FileNotFoundException">The image file does not exist.</exception>
    /// <exception cref="ArgumentException">A forward-only stream holds more than <paramref name="maxBytes"/> bytes.</exception>
    /// <exception cref="InvalidOperationException">A forward-only stream is being read by another call, or a call failed to read it.</exception>
    public async ValueTask<Stream> OpenReadAsync(long maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        return await OpenContentAsync(maxBytes, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public override string ToString() => _path is not null ? "ProgenyImage (file)" : _stream is not null ? "ProgenyImage (stream)" : "ProgenyImage (bytes)";

    /// <summary>Opens the image for one upload, after checking it.</summary>
    internal async ValueTask<ImageUpload> OpenAsync(long maxBytes, CancellationToken cancellationToken)
    {
        var content = await OpenContentAsync(maxBytes, cancellationToken).ConfigureAwait(false);
        try
        {
            // A file's length is fixed when it is opened, so that a file still growing is sent as it was checked.
            var upload = content is FileStream file
                ? new ImageUpload(new BoundedReadStream(file, 0, file.Length), FileName, owned: file)
                : new ImageUpload(content, FileName, owned: null);
            return await upload.CheckAsync(maxBytes, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await content.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async ValueTask<Stream> OpenContentAsync(long maxBytes, CancellationToken cancellationToken)
    {
        if (_path is not null)
        {
            return OpenFile(_path);
        }

        if (_stream is { CanSeek: true } seekable)
        {
            return new BoundedReadStream(seekable, _streamStart, Math.Max(0, seekable.Length - _streamStart), _streamGate);
        }

        if (_bytes is { } memory)
        {
            return MemoryMarshal.TryGetArray(memory, out var segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(memory.ToArray(), writable: false);
        }

        return (Volatile.Read(ref _buffered) ?? await BufferStreamAsync(maxBytes, cancellationToken).ConfigureAwait(false)).OpenRead();
    }

    /// <summary>Reads the forward-only stream into memory: once, by the first call, never by two at a time.</summary>
    private async Task<SegmentedBuffer> BufferStreamAsync(long maxBytes, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _streamClaimed, 1) != 0)
        {
            // The first call may have finished reading since this call looked.
            return Volatile.Read(ref _buffered) ?? throw new InvalidOperationException(
                "The image's forward-only stream is being read by another call, or a call failed to read it: it can be read only once. Share an image made with FromBytes, FromFile or a seekable stream instead.");
        }

        var buffered = await SegmentedBuffer.ReadAllAsync(_stream!, maxBytes, cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref _buffered, buffered);
        return buffered;
    }

    /// <summary>
    /// Opens a regular file. A folder, a pipe or a device is refused before it is opened (a pipe would block until written
    /// to); the messages name the file, never its full path.
    /// </summary>
    private static FileStream OpenFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new ArgumentException($"The image path '{Path.GetFileName(path)}' is a folder, not a file.");
        }

        // A pipe or a device has no length (and a proc file says 0 too); an empty file cannot be an image either.
        if (new FileInfo(path) is { Exists: true, Length: 0 })
        {
            throw new ArgumentException($"The image file '{Path.GetFileName(path)}' is empty or is not a regular file (a pipe or a device).");
        }

        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (DirectoryNotFoundException exception)
        {
            throw new FileNotFoundException("The image file does not exist.", path, exception);
        }

        if (!file.CanSeek)
        {
            file.Dispose();
            throw new ArgumentException($"The image file '{Path.GetFileName(path)}' is not a regular file (a pipe or a device).");
        }

        return file;
    }
}

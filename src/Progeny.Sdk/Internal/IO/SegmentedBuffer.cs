namespace Progeny.Sdk.Internal;

/// <summary>
/// The bytes of a forward-only stream, read once to its end into segments that grow from 64 KiB to 1 MiB. Nothing is
/// copied and only the end of the last segment is spare (at most 1 MiB), so a 10 MiB image costs about 11 MiB, allocated
/// and kept. (A doubling buffer allocates two to four times the image, copying as it grows, and keeps up to twice it.)
/// </summary>
internal sealed class SegmentedBuffer
{
    private const int FirstSegmentSize = 64 * 1024;
    private const int MaxSegmentSize = 1024 * 1024;

    private readonly List<ReadOnlyMemory<byte>> _segments;

    private SegmentedBuffer(List<ReadOnlyMemory<byte>> segments, long length)
    {
        _segments = segments;
        Length = length;
    }

    public long Length { get; }

    /// <summary>Reads <paramref name="stream"/> to its end.</summary>
    /// <exception cref="ArgumentException">The stream holds more than <paramref name="maxBytes"/> bytes.</exception>
    public static async Task<SegmentedBuffer> ReadAllAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        var segments = new List<ReadOnlyMemory<byte>>();
        var length = 0L;
        var size = FirstSegmentSize;
        while (true)
        {
            var segment = new byte[size];
            var filled = 0;
            int read;
            while (filled < segment.Length && (read = await stream.ReadAsync(segment.AsMemory(filled), cancellationToken).ConfigureAwait(false)) > 0)
            {
                filled += read;
                length += read;
                if (length > maxBytes)
                {
                    throw ImageUpload.TooLarge(maxBytes);
                }
            }

            if (filled > 0)
            {
                segments.Add(segment.AsMemory(0, filled));
            }

            if (filled < segment.Length)
            {
                return new SegmentedBuffer(segments, length);
            }

            size = Math.Min(size * 2, MaxSegmentSize);
        }
    }

    /// <summary>Opens a new read-only, seekable stream on the bytes (one per upload, so that a resend starts over).</summary>
    public Stream OpenRead() => new SegmentStream(this);

    private sealed class SegmentStream(SegmentedBuffer buffer) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => buffer.Length;

        public override long Position
        {
            get => _position;
            set
            {
                ArgumentOutOfRangeException.ThrowIfNegative(value);
                _position = value;
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> destination)
        {
            var copied = 0;
            var start = 0L;
            foreach (var segment in buffer._segments)
            {
                if (copied == destination.Length)
                {
                    break;
                }

                var end = start + segment.Length;
                if (_position < end)
                {
                    var from = (int)(_position - start);
                    var count = Math.Min(segment.Length - from, destination.Length - copied);
                    segment.Span.Slice(from, count).CopyTo(destination[copied..]);
                    copied += count;
                    _position += count;
                }

                start = end;
            }

            return copied;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            cancellationToken.IsCancellationRequested ? Task.FromCanceled<int>(cancellationToken) : Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            cancellationToken.IsCancellationRequested ? ValueTask.FromCanceled<int>(cancellationToken) : ValueTask.FromResult(Read(buffer.Span));

        public override long Seek(long offset, SeekOrigin origin)
        {
            Position = origin switch
            {
                SeekOrigin.Begin => offset,
                SeekOrigin.Current => _position + offset,
                _ => buffer.Length + offset,
            };
            return _position;
        }

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

namespace Progeny.Sdk.Internal;

/// <summary>
/// A read-only, seekable window on another stream, from a start position for a checked length.
/// It never disposes the stream it reads: the caller's stream stays open, and a file is closed by its owner. Windows that
/// share one stream share a <c>gate</c>, so that each read positions the stream and reads it before another window can.
/// </summary>
internal sealed class BoundedReadStream : Stream
{
    private readonly Stream _inner;
    private readonly long _start;
    private readonly long _length;
    private readonly SemaphoreSlim? _gate;
    private long _position;

    public BoundedReadStream(Stream inner, long start, long length, SemaphoreSlim? gate = null)
    {
        _inner = inner;
        _start = start;
        _length = length;
        _gate = gate;
    }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => _length;

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

    public override int Read(Span<byte> buffer)
    {
        _gate?.Wait();
        try
        {
            var slice = Window(buffer.Length);
            var read = slice == 0 ? 0 : _inner.Read(buffer[..slice]);
            _position += read;
            return read;
        }
        finally
        {
            _gate?.Release();
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_gate is not null)
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            var slice = Window(buffer.Length);
            var read = slice == 0 ? 0 : await _inner.ReadAsync(buffer[..slice], cancellationToken).ConfigureAwait(false);
            _position += read;
            return read;
        }
        finally
        {
            _gate?.Release();
        }
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => _length + offset,
        };
        return _position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Window(int requested)
    {
        var remaining = _length - _position;
        if (remaining <= 0)
        {
            return 0;
        }

        _inner.Position = _start + _position;
        return (int)Math.Min(requested, remaining);
    }
}

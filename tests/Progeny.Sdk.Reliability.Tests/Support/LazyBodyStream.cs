namespace Progeny.Sdk.Reliability.Tests.Support;

/// <summary>
/// A forward-only body of <paramref name="length"/> bytes, made as it is read (a task envelope whose result holds a
/// long array of zeros), that counts how many bytes the client actually pulled.
/// </summary>
internal sealed class LazyBodyStream(long length) : Stream
{
    private static readonly byte[] Head = """{"id": 1, "status": "SUCCESS", "result": {"status": 200, "data": {"pad": ["""u8.ToArray();
    private long _position;

    public long BytesRead => Interlocked.Read(ref _position);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = (int)Math.Min(buffer.Length, length - _position);
        for (var i = 0; i < n; i++)
        {
            var at = _position + i;
            buffer[i] = at < Head.Length ? Head[at] : (at % 2 == 0 ? (byte)'0' : (byte)',');
        }

        Interlocked.Add(ref _position, n);
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

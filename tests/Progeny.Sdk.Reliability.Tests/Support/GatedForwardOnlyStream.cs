namespace Progeny.Sdk.Reliability.Tests.Support;

/// <summary>
/// A forward-only stream whose reads wait until <see cref="Open"/>, or until a second read overlaps one in progress
/// (two calls reading the same stream at once, the corruption it exists to catch: <see cref="Overlapped"/>).
/// </summary>
internal sealed class GatedForwardOnlyStream(byte[] content) : Stream
{
    private readonly ForwardOnlyStream _inner = new(new MemoryStream(content), maxBytesPerRead: 4096);
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inFlight;

    /// <summary>Gets a value indicating whether two reads ever overlapped.</summary>
    public bool Overlapped { get; private set; }

    /// <summary>Gets a task that ends when the reads may go on.</summary>
    public Task Opened => _open.Task;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public void Open() => _open.TrySetResult();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref _inFlight) > 1)
        {
            Overlapped = true;
            Open();
        }

        try
        {
            await _open.Task.WaitAsync(cancellationToken);
            return await _inner.ReadAsync(buffer, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

using Progeny.Sdk.Internal;

namespace Progeny.Sdk.Tests.Internal;

public sealed class SegmentedBufferTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(81920)]
    [InlineData(81921)]
    [InlineData(700_001)]
    public async Task OpenRead_ForwardOnlyStream_ReplaysExactlyItsBytes(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);

        var buffer = await SegmentedBuffer.ReadAllAsync(new TrickleStream(bytes), maxBytes: 1_000_000, CancellationToken.None);

        buffer.Length.ShouldBe(length);
        (await ReadAsync(buffer.OpenRead())).ShouldBe(bytes);
    }

    [Fact]
    public async Task ReadAllAsync_ExactlyMaxBytes_Reads()
    {
        var buffer = await SegmentedBuffer.ReadAllAsync(new TrickleStream(new byte[200_000]), maxBytes: 200_000, CancellationToken.None);

        buffer.Length.ShouldBe(200_000);
    }

    [Fact]
    public async Task ReadAllAsync_MoreThanMaxBytes_ThrowsArgumentException()
    {
        await Should.ThrowAsync<ArgumentException>(() => SegmentedBuffer.ReadAllAsync(new TrickleStream(new byte[200_001]), maxBytes: 200_000, CancellationToken.None));
    }

    [Fact]
    public async Task ReadAllAsync_LargeStream_AllocatesAboutOneCopy()
    {
        var bytes = new byte[4 * 1024 * 1024];
        var before = GC.GetAllocatedBytesForCurrentThread();
        await SegmentedBuffer.ReadAllAsync(new TrickleStream(bytes), maxBytes: bytes.Length, CancellationToken.None);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.ShouldBeLessThan(bytes.Length + (1024 * 1024));
    }

    [Fact]
    public async Task OpenRead_SeekBackAfterReading_ReadsTheSameBytesAgain()
    {
        var bytes = new byte[300_000];
        new Random(7).NextBytes(bytes);
        var buffer = await SegmentedBuffer.ReadAllAsync(new TrickleStream(bytes), maxBytes: bytes.Length, CancellationToken.None);
        await using var stream = buffer.OpenRead();

        (await ReadAsync(stream)).ShouldBe(bytes);
        stream.Position = 100_000;
        var tail = await ReadAsync(stream);

        tail.ShouldBe(bytes[100_000..]);
    }

    private static async Task<byte[]> ReadAsync(Stream stream)
    {
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    /// <summary>A forward-only stream that hands out at most 4,000 bytes per read, like a network stream.</summary>
    private sealed class TrickleStream(byte[] content) : Stream
    {
        private int _position;

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
            var read = Math.Min(Math.Min(buffer.Length, 4000), content.Length - _position);
            content.AsSpan(_position, read).CopyTo(buffer);
            _position += read;
            return read;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

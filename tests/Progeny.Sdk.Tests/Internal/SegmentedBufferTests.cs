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

        var buffer = await SegmentedBuffer.ReadAllAsync(Trickle(bytes), maxBytes: 1_000_000, CancellationToken.None);

        buffer.Length.ShouldBe(length);
        (await ReadAsync(buffer.OpenRead())).ShouldBe(bytes);
    }

    [Fact]
    public async Task ReadAllAsync_ExactlyMaxBytes_Reads()
    {
        var buffer = await SegmentedBuffer.ReadAllAsync(Trickle(new byte[200_000]), maxBytes: 200_000, CancellationToken.None);

        buffer.Length.ShouldBe(200_000);
    }

    [Fact]
    public async Task ReadAllAsync_MoreThanMaxBytes_ThrowsArgumentException()
    {
        await Should.ThrowAsync<ArgumentException>(() => SegmentedBuffer.ReadAllAsync(Trickle(new byte[200_001]), maxBytes: 200_000, CancellationToken.None));
    }

    [Fact]
    public async Task ReadAllAsync_LargeStream_AllocatesAboutOneCopy()
    {
        var bytes = new byte[4 * 1024 * 1024];
        var before = GC.GetAllocatedBytesForCurrentThread();
        await SegmentedBuffer.ReadAllAsync(Trickle(bytes), maxBytes: bytes.Length, CancellationToken.None);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.ShouldBeLessThan(bytes.Length + (1024 * 1024));
    }

    [Fact]
    public async Task OpenRead_SeekBackAfterReading_ReadsTheSameBytesAgain()
    {
        var bytes = new byte[300_000];
        new Random(7).NextBytes(bytes);
        var buffer = await SegmentedBuffer.ReadAllAsync(Trickle(bytes), maxBytes: bytes.Length, CancellationToken.None);
        await using var stream = buffer.OpenRead();

        (await ReadAsync(stream)).ShouldBe(bytes);
        stream.Position = 100_000;
        var tail = await ReadAsync(stream);

        tail.ShouldBe(bytes[100_000..]);
    }

    /// <summary>A forward-only stream that hands out at most 4,000 bytes per read, like a network stream.</summary>
    private static ForwardOnlyStream Trickle(byte[] content) => new(new MemoryStream(content), maxBytesPerRead: 4000);

    private static async Task<byte[]> ReadAsync(Stream stream)
    {
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}

namespace Progeny.Sdk.Reliability.Tests.Support;

/// <summary>
/// A seekable stream whose asynchronous reads complete later, reading from the position the stream has then (as a stream
/// over remote storage does): a caller that moves the position meanwhile changes what an earlier read returns.
/// </summary>
internal sealed class YieldingSeekableStream(byte[] content) : MemoryStream(content, writable: false)
{
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        return Read(buffer.Span[..Math.Min(buffer.Length, 4096)]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
}

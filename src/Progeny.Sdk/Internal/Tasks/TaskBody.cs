using System.Buffers;

namespace Progeny.Sdk.Internal;

/// <summary>A status answer's body, read once into a pooled buffer (its size is bounded by <see cref="ResponseSizeLimitHandler"/>).</summary>
internal sealed class TaskBody : IDisposable
{
    private const int UnknownLengthStart = 4096;
    private const int MaxRead = 16 * 1024;

    private byte[]? _buffer;

    private TaskBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, Length);

    public static async ValueTask<TaskBody> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var declared = content.Headers.ContentLength;
        var buffer = ArrayPool<byte>.Shared.Rent(declared is > 0 and <= ResponseSizeLimitHandler.MaxResponseBytes ? (int)declared + 1 : UnknownLengthStart);
        var length = 0;
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                int read;
                // Small reads, so that a body past the size limit is refused before much more of it is read.
                while ((read = await stream.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length - length, MaxRead)), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    length += read;
                    if (length == buffer.Length)
                    {
                        if (length >= ResponseSizeLimitHandler.MaxResponseBytes)
                        {
                            await EnsureEndAsync(stream, cancellationToken).ConfigureAwait(false);
                            break;
                        }

                        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, ResponseSizeLimitHandler.MaxResponseBytes));
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                }
            }

            return new TaskBody(buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>Throws, as the size limit does, when a full buffer is not the end of the body.</summary>
    private static async Task EnsureEndAsync(Stream stream, CancellationToken cancellationToken)
    {
        if (await stream.ReadAsync(new byte[1], cancellationToken).ConfigureAwait(false) > 0)
        {
            throw new HttpRequestException(HttpRequestError.InvalidResponse, "The response body is larger than the SDK accepts.");
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } buffer)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

using System.Globalization;

namespace Progeny.Sdk.Imaging.Internal;

/// <summary>Reads a source image into memory, refusing more than the allowed number of bytes.</summary>
internal static class SourceReader
{
    private const int UnknownLengthBuffer = 64 * 1024;

    public static async ValueTask<ArraySegment<byte>> ReadAsync(ProgenyImage image, long maxBytes, CancellationToken cancellationToken)
    {
        Stream stream;
        try
        {
            stream = await image.OpenReadAsync(maxBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException exception) when (exception is not ArgumentOutOfRangeException)
        {
            // A forward-only stream over the limit, refused while the image buffers it.
            throw TooLarge(maxBytes, exception);
        }

        await using (stream.ConfigureAwait(false))
        {
            // One byte more than expected, so that a stream longer than it said is noticed without a copy.
            var buffer = new byte[stream.CanSeek ? Math.Min(stream.Length - stream.Position, maxBytes) + 1 : UnknownLengthBuffer];
            var filled = 0;
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false)) > 0)
            {
                filled += read;
                if (filled > maxBytes)
                {
                    throw TooLarge(maxBytes, innerException: null);
                }

                if (filled == buffer.Length)
                {
                    Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1, buffer.Length * 2L));
                }
            }

            return new ArraySegment<byte>(buffer, 0, filled);
        }
    }

    private static ArgumentException TooLarge(long maxBytes, Exception? innerException) => new(
        string.Create(CultureInfo.InvariantCulture, $"The image is larger than MaxSourceBytes ({maxBytes} bytes)."), innerException);
}

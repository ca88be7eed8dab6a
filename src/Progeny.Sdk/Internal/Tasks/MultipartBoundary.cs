using System.Security.Cryptography;

namespace Progeny.Sdk.Internal;

/// <summary>
/// Random multipart boundaries, 128 bits from the OS generator each, as <c>Guid.NewGuid()</c> gives
/// <see cref="MultipartFormDataContent"/> by default, but drawn 32 boundaries per call to the generator: each call is a
/// system call, which cost more than the rest of building a form.
/// </summary>
internal static class MultipartBoundary
{
    private const int BoundaryBytes = 16;
    private const int BatchBytes = 32 * BoundaryBytes;

    [ThreadStatic]
    private static byte[]? t_random;

    [ThreadStatic]
    private static int t_next;

    /// <summary>Returns a new boundary: 32 hexadecimal digits, never reused.</summary>
    public static string Next()
    {
        var random = t_random ??= new byte[BatchBytes];
        if (t_next == 0)
        {
            RandomNumberGenerator.Fill(random);
        }

        var boundary = Convert.ToHexString(random, t_next, BoundaryBytes);
        t_next = (t_next + BoundaryBytes) % BatchBytes;
        return boundary;
    }
}

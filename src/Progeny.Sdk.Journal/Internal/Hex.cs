namespace Progeny.Sdk.Internal;

/// <summary>Lowercase hexadecimal, as <c>sha256sum</c> prints digests.</summary>
internal static class Hex
{
#if NET9_0_OR_GREATER
    public static string Lower(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);
#else
    public static string Lower(ReadOnlySpan<byte> bytes) => string.Create(bytes.Length * 2, bytes.ToArray(), static (chars, data) =>
    {
        for (var i = 0; i < data.Length; i++)
        {
            chars[2 * i] = "0123456789abcdef"[data[i] >> 4];
            chars[(2 * i) + 1] = "0123456789abcdef"[data[i] & 0xF];
        }
    });
#endif
}

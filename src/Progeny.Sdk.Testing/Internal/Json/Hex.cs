namespace Progeny.Sdk.Testing.Internal;

/// <summary>Lowercase hexadecimal, on every target framework.</summary>
internal static class Hex
{
    public static string Lower(ReadOnlySpan<byte> bytes) => string.Create(bytes.Length * 2, bytes.ToArray(), static (chars, data) =>
    {
        const string Digits = "0123456789abcdef";
        for (var i = 0; i < data.Length; i++)
        {
            chars[2 * i] = Digits[data[i] >> 4];
            chars[(2 * i) + 1] = Digits[data[i] & 0xF];
        }
    });
}

namespace Progeny.Sdk.Imaging.Tests.Support;

internal static class Bytes
{
    /// <summary>The bytes an image holds, as an upload would read them.</summary>
    public static async Task<byte[]> Of(ProgenyImage image)
    {
        await using var stream = await image.OpenReadAsync(long.MaxValue);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    /// <summary>The SHA-256 of the bytes as lowercase hex, as the fake server records it.</summary>
    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
}

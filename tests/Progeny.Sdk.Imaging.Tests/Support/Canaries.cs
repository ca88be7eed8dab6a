using System.Text;

namespace Progeny.Sdk.Imaging.Tests.Support;

/// <summary>Every value the generated metadata carries: none may appear in a prepared image, a report or a log line.</summary>
internal static class Canaries
{
    public static readonly string[] Texts =
    [
        ExifBlock.Make, ExifBlock.Model, ExifBlock.SerialNumber, ExifBlock.Timestamp,
        ImageEditing.XmpCanary, ImageEditing.CommentCanary, ImageEditing.IptcCanary, ImageEditing.TrailerCanary,
        "52,22.2057N", "CANARY",
    ];

    /// <summary>The texts found in <paramref name="bytes"/> (ASCII), and the GPS latitude's bytes in either order.</summary>
    public static IReadOnlyList<string> FoundIn(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var found = Texts.Where(canary => text.Contains(canary, StringComparison.Ordinal)).ToList();
        if (bytes.AsSpan().IndexOf(ExifBlock.LatitudeBigEndian) >= 0 || bytes.AsSpan().IndexOf(ExifBlock.LatitudeLittleEndian) >= 0)
        {
            found.Add("GPS latitude");
        }

        return found;
    }

    /// <summary>The texts found in a string (a report, a log line, a message).</summary>
    public static IReadOnlyList<string> FoundIn(string text) => Texts.Where(canary => text.Contains(canary, StringComparison.Ordinal)).ToList();
}

using SkiaSharp;

namespace Progeny.Cli.Tests;

public static class DistinctPhotos
{
    /// <summary>Writes <paramref name="count"/> decodable JPEGs of distinct sizes (so distinct pixels, even once prepared) into <paramref name="folder"/>.</summary>
    public static IReadOnlyList<string> Write(string folder, int count) =>
        Enumerable.Range(0, count).Select(index =>
        {
            var path = Path.Combine(folder, $"passport-{index:D4}.jpg");
            using var scene = TestPhotos.Scene(64 + index, 48);
            using var data = scene.Encode(SKEncodedImageFormat.Jpeg, 90);
            File.WriteAllBytes(path, data.ToArray());
            return path;
        }).ToArray();
}

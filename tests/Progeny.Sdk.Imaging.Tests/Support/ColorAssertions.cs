using SkiaSharp;

namespace Progeny.Sdk.Imaging.Tests.Support;

internal static class ColorAssertions
{
    /// <summary>Each channel within <paramref name="tolerance"/> (JPEG and resampling move colours a little).</summary>
    public static void ShouldBeNear(this SKColor actual, SKColor expected, string where, int tolerance = 40)
    {
        var near = Math.Abs(actual.Red - expected.Red) <= tolerance
            && Math.Abs(actual.Green - expected.Green) <= tolerance
            && Math.Abs(actual.Blue - expected.Blue) <= tolerance
            && Math.Abs(actual.Alpha - expected.Alpha) <= tolerance;
        near.ShouldBeTrue($"{where}: expected about {expected}, found {actual}");
    }
}

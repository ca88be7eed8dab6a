using System.Globalization;

namespace Progeny.Sdk.Reliability.Tests.Support;

/// <summary>Sizes of the long runs, from environment variables (small defaults keep <c>dotnet test</c> fast).</summary>
internal static class Settings
{
    public static long Get(string name, long fallback) =>
        long.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    public static ulong GetUnsigned(string name, ulong fallback) =>
        ulong.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}

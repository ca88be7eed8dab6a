namespace Progeny.Sdk.Tests.TestSupport;

/// <summary>The holder's data in the documentation sample, in every form a leak could take.</summary>
internal static class HolderData
{
    public static readonly string[] Values =
    [
        "XX008080", "VALERIA", "PERFILOVA", "UKRAINIAN", "1991", "2023", "9456633680",
        "1991-09-24", "24.09.1991", "9/24/1991", "09/24/1991", "2023-09-25", "9/25/2023",
    ];

    /// <summary>Asserts that <paramref name="text"/> holds none of the holder's data.</summary>
    public static void ShouldNotLeakInto(string text)
    {
        foreach (var value in Values)
        {
            text.ShouldNotContain(value, customMessage: $"'{value}' leaked into: {text}");
        }
    }
}

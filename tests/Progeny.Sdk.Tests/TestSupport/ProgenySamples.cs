namespace Progeny.Sdk.Tests.TestSupport;

/// <summary>Bodies built like the documentation's samples (<see cref="DocumentationSamples"/>).</summary>
internal static class ProgenySamples
{
    /// <summary>A task body with only a status, as a task that has not ended may answer.</summary>
    public static string Status(string status) => $$"""{"id": 2188, "status": "{{status}}"}""";

    /// <summary>A token pair body.</summary>
    public static string TokenPair(string access, string refresh) => $$"""{"refresh": "{{refresh}}", "access": "{{access}}"}""";
}

namespace Progeny.Sdk.Tests.Services;

/// <summary>
/// One service of the catalog, as a test drives it: its wire name, the form it must send for <see cref="Request"/>
/// (field → file bytes and media type, or text), a documented or inferred finished task, and its three calls.
/// </summary>
internal sealed record ServiceCase(
    string Name,
    IReadOnlyList<ExpectedField> Fields,
    string FinishedTask,
    Func<IProgenyClient, CancellationToken, Task<ProgenyResult>> Run,
    Func<IProgenyClient, Task<string>> Submit,
    Func<IProgenyClient, string, Task<ProgenyResult>> Wait,
    Func<IProgenyClient, ProgenyImage, Task>? RunWithLastImage)
{
    public string Path => $"/api/v3/services/{Name}/";

    public override string ToString() => Name;
}

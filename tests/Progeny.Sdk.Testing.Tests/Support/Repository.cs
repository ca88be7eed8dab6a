namespace Progeny.Sdk.Testing.Tests.Support;

/// <summary>Files of the repository the tests run in.</summary>
internal static class Repository
{
    /// <summary>Gets the folder of <c>Progeny.Sdk.sln</c>, above the test directory.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Progeny.Sdk.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("Progeny.Sdk.sln not found above the test directory.");
    }
}

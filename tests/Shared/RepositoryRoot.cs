namespace Progeny.Sdk.TestShared;

/// <summary>Finds the repository's root folder (the one holding Progeny.Sdk.sln) from a test's output folder.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Progeny.Sdk.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("Progeny.Sdk.sln not found above the test directory.");
    }
}

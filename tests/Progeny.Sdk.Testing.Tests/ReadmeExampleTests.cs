namespace Progeny.Sdk.Testing.Tests;

public class ReadmeExampleTests
{
    [Fact]
    public void Readme_ShowsTheCompiledTestingExampleVerbatim()
    {
        var root = FindRepositoryRoot();
        var example = File.ReadAllText(Path.Combine(root, "tests", "Progeny.Sdk.Testing.Tests", "ReadmeExample", "PassportCheckTests.cs")).ReplaceLineEndings("\n").Trim();
        var readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");

        readme.ShouldContain("```csharp\n" + example + "\n```");
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Progeny.Sdk.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("Progeny.Sdk.sln not found above the test directory.");
    }
}

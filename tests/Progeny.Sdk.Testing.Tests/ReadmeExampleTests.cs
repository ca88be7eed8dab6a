using Progeny.Sdk.Testing.Tests.Support;

namespace Progeny.Sdk.Testing.Tests;

public class ReadmeExampleTests
{
    [Fact]
    public void Readme_ShowsTheCompiledTestingExampleVerbatim()
    {
        var root = Repository.Root;
        var example = File.ReadAllText(Path.Combine(root, "tests", "Progeny.Sdk.Testing.Tests", "ReadmeExample", "PassportCheckTests.cs")).ReplaceLineEndings("\n").Trim();
        var readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");

        readme.ShouldContain("```csharp\n" + example + "\n```");
    }
}

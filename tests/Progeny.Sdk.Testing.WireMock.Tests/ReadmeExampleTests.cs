namespace Progeny.Sdk.Testing.WireMock.Tests;

public class ReadmeExampleTests
{
    [Theory]
    [InlineData("PassportStubTests.cs")]
    [InlineData("FastPassportStubTests.cs")]
    public void Readme_ShowsTheCompiledExampleVerbatim(string example)
    {
        var code = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "tests", "Progeny.Sdk.Testing.WireMock.Tests", "ReadmeExample", example)).ReplaceLineEndings("\n").Trim();
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "Progeny.Sdk.Testing.WireMock", "README.md")).ReplaceLineEndings("\n");

        readme.ShouldContain("```csharp\n" + code + "\n```");
    }
}

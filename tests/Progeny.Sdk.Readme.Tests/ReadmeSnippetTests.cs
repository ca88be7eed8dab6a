namespace Progeny.Sdk.Readme.Tests;

public class ReadmeSnippetTests
{
    public static TheoryData<string> Blocks => [.. ReadmeBlock.All.Select(block => block.ToString())];

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Compile_EveryCSharpBlockOfEveryReadme_CompilesVerbatim(string location)
    {
        var block = ReadmeBlock.All.Single(candidate => candidate.ToString() == location);

        var (_, errors) = SnippetCompiler.Compile(block);

        errors.ShouldBeEmpty($"{location}:\n{block.Code}");
    }

    [Fact]
    public void All_EachPackageReadme_HasCSharpBlocks()
    {
        var packages = ReadmeBlock.Files.Where(file => file.StartsWith("src/", StringComparison.Ordinal)).ToArray();

        packages.Length.ShouldBe(Directory.GetDirectories(Path.Combine(RepositoryRoot.Path, "src")).Length);
        packages.ShouldAllBe(file => ReadmeBlock.All.Any(block => block.File == file));
    }
}

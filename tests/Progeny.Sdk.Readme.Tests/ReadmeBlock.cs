using System.Text.RegularExpressions;

namespace Progeny.Sdk.Readme.Tests;

/// <summary>One fenced <c>```csharp</c> block of a README, as written, with the <c>using</c> directives its file stated before it.</summary>
public sealed partial record ReadmeBlock(string File, int Line, string Code, IReadOnlyList<string> EarlierUsings)
{
    /// <summary>The READMEs whose C# blocks are compiled: the repository's and each package's.</summary>
    public static IReadOnlyList<string> Files { get; } =
    [
        "README.md",
        .. Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "src"), "README.md", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(RepositoryRoot.Path, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
        "samples/Progeny.Cli/README.md",
    ];

    /// <summary>Every C# block of <see cref="Files"/>, in order.</summary>
    public static IReadOnlyList<ReadmeBlock> All { get; } = [.. Files.SelectMany(Read)];

    /// <summary>Gets the first block of <paramref name="file"/> that contains <paramref name="marker"/>.</summary>
    public static ReadmeBlock Find(string file, string marker) =>
        All.First(block => block.File == file && block.Code.Contains(marker, StringComparison.Ordinal));

    /// <summary>Gets the block's <c>using</c> namespace directives (not <c>using var</c> statements).</summary>
    public IEnumerable<string> Usings => Code.Split('\n').Where(line => UsingDirective().IsMatch(line));

    /// <summary>Gets the block without its <c>using</c> directives, lines kept (blank) so that positions stay the same.</summary>
    public string Body => string.Join('\n', Code.Split('\n').Select(line => UsingDirective().IsMatch(line) ? string.Empty : line));

    /// <summary>Gets a value indicating whether the block declares types (a test class) rather than statements.</summary>
    public bool DeclaresTypes => TypeDeclaration().IsMatch(Code);

    public override string ToString() => $"{File}:{Line}";

    private static IEnumerable<ReadmeBlock> Read(string file)
    {
        var lines = System.IO.File.ReadAllText(Path.Combine(RepositoryRoot.Path, file)).ReplaceLineEndings("\n").Split('\n');
        var usings = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```csharp")
            {
                continue;
            }

            var start = i + 1;
            var end = Array.FindIndex(lines, start, line => line.Trim() == "```");
            var block = new ReadmeBlock(file, start + 1, string.Join('\n', lines[start..end]), [.. usings]);
            usings.AddRange(block.Usings.Except(usings));
            i = end;
            yield return block;
        }
    }

    [GeneratedRegex(@"^using\s+(static\s+)?[\w.]+\s*;\s*(//.*)?$")]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"^(public\s+|internal\s+)?(sealed\s+|static\s+)?(partial\s+)?(class|record|struct|interface)\s+\w+", RegexOptions.Multiline)]
    private static partial Regex TypeDeclaration();
}

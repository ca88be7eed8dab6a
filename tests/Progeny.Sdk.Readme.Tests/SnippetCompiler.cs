using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Progeny.Sdk.Readme.Tests;

/// <summary>
/// Compiles a README block as a reader's project would: the implicit usings of an ASP.NET Core project
/// (<c>Microsoft.NET.Sdk.Web</c>) plus xunit's, references to every package the READMEs tell the reader to add.
/// A block of statements becomes the body of <see cref="EntryMethod"/> in a class whose fields are the variables the
/// READMEs take as given (<c>builder</c>, <c>app</c>, <c>client</c>, <c>fake</c>, ...): a block's own locals shadow them.
/// </summary>
public static class SnippetCompiler
{
    public const string SnippetType = "ReadmeSnippet";
    public const string EntryMethod = "RunAsync";

    private static readonly string[] ImplicitUsings =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Net.Http.Json",
        "System.Threading", "System.Threading.Tasks", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration",
        "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging", "Xunit",
    ];

    private const string GivenVariables = """
            public string[] args = [];
            public WebApplicationBuilder builder = null!;
            public WebApplication app = null!;
            public IServiceCollection services = null!;
            public global::Progeny.Sdk.IProgenyClient client = null!;
            public global::Progeny.Sdk.ProgenyImage image = null!;
            public global::Progeny.Sdk.ProgenyImage passport = null!;
            public global::Progeny.Sdk.ProgenyImage selfie = null!;
            public global::Progeny.Sdk.Testing.ProgenyFakeServer fake = null!;
            public global::WireMock.Server.WireMockServer server = null!;
            public global::Progeny.Sdk.Testing.WireMock.ProgenyStubs progeny = null!;
            public global::Microsoft.Extensions.Time.Testing.FakeTimeProvider time = null!;
        """;

    private static readonly Lazy<MetadataReference[]> References = new(() =>
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(path => MetadataReference.CreateFromFile(path)),
    ]);

    /// <summary>
    /// Compiles the block; the diagnostics are the errors, each with its README file and line. Only a block that
    /// continues an earlier one (it reads a given variable) may rely on the usings stated before it: any other block is
    /// pasted on its own (a whole <c>Program.cs</c>, a test class) and must state its own.
    /// </summary>
    public static (Assembly? Assembly, IReadOnlyList<string> Errors) Compile(ReadmeBlock block)
    {
        var continues = !block.DeclaresTypes && ReadsGivenVariables(Create(block, block.EarlierUsings));
        var compilation = Create(block, continues ? block.EarlierUsings : []);

        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToArray();
        return errors.Length > 0
            ? (null, errors)
            : (AssemblyLoadContext.Default.LoadFromStream(new MemoryStream(image.ToArray())), errors);
    }

    /// <summary>Compiles a block of statements and returns an instance of its class, to set its given variables and run it.</summary>
    public static object CompileStatements(ReadmeBlock block)
    {
        var (assembly, errors) = Compile(block);
        errors.ShouldBeEmpty();
        return Activator.CreateInstance(assembly!.GetType(SnippetType, throwOnError: true)!)!;
    }

    /// <summary>Sets a given variable of a compiled block.</summary>
    public static void Set(object snippet, string variable, object value) =>
        snippet.GetType().GetField(variable)!.SetValue(snippet, value);

    /// <summary>Runs a compiled block of statements.</summary>
    public static Task RunAsync(object snippet) =>
        (Task)snippet.GetType().GetMethod(EntryMethod)!.Invoke(snippet, null)!;

    private static CSharpCompilation Create(ReadmeBlock block, IReadOnlyList<string> earlierUsings)
    {
        var globalUsings = string.Join('\n', ImplicitUsings.Select(name => $"global using global::{name};"));
        var source = block.DeclaresTypes
            ? $"{string.Join('\n', earlierUsings)}\n#line {block.Line} \"{block.File}\"\n{block.Code}\n"
            : $$"""
                {{string.Join('\n', earlierUsings.Concat(block.Usings).Distinct())}}
                public sealed class {{SnippetType}}
                {
                {{GivenVariables}}
                    public async Task {{EntryMethod}}()
                    {
                        await Task.CompletedTask;
                #line {{block.Line}} "{{block.File}}"
                {{block.Body}}
                #line default
                    }
                }
                """;

        return CSharpCompilation.Create(
            $"Readme{Guid.NewGuid():N}",
            [CSharpSyntaxTree.ParseText(globalUsings), CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    private static bool ReadsGivenVariables(CSharpCompilation compilation)
    {
        var tree = compilation.SyntaxTrees[1];
        var model = compilation.GetSemanticModel(tree);
        return tree.GetRoot().DescendantNodes().OfType<IdentifierNameSyntax>()
            .Any(name => model.GetSymbolInfo(name).Symbol is IFieldSymbol { ContainingType.Name: SnippetType });
    }
}

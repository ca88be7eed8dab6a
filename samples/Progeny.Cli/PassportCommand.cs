using System.CommandLine;

namespace Progeny.Cli;

/// <summary><c>progeny passport &lt;image&gt;...</c>: reads passport pages from image files and folders.</summary>
internal sealed class PassportCommand : Command
{
    private const int DefaultConcurrency = 4;
    private const int MaxConcurrency = 32;

    private readonly Argument<string[]> _images = new("image")
    {
        Description = "Passport page images (PNG or JPEG), or folders whose .jpg, .jpeg and .png files to read.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<bool> _extendData = new("--extend-data")
    {
        Description = "Ask for the OCR provider's own response too (shown with --json as providerData).",
    };

    private readonly Option<int> _concurrency = new("--concurrency", "-c")
    {
        Description = $"How many images to have in flight at once (1-{MaxConcurrency}).",
        DefaultValueFactory = _ => DefaultConcurrency,
        HelpName = "n",
    };

    private readonly SharedOptions _shared;
    private readonly CliConsole _console;

    /// <summary>Initializes a new instance of the <see cref="PassportCommand"/> class.</summary>
    /// <param name="shared">The options every command takes.</param>
    /// <param name="console">Where the command writes.</param>
    public PassportCommand(SharedOptions shared, CliConsole console)
        : base("passport", "Read passport data pages: upload each image, wait for its task, print the document.")
    {
        ArgumentNullException.ThrowIfNull(shared);
        _shared = shared;
        _console = console;
        Add(_images);
        Add(_extendData);
        Add(_concurrency);
        shared.AddTo(this);
        _concurrency.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > MaxConcurrency)
            {
                result.AddError($"--concurrency must be between 1 and {MaxConcurrency}.");
            }
        });
        _images.Validators.Add(result =>
        {
            // An argument that takes many values also swallows mistyped options: name them as such.
            foreach (var unknown in result.Tokens.Select(token => token.Value).Where(value => value.StartsWith('-') && !Path.Exists(value)))
            {
                result.AddError($"Unrecognized option '{unknown}'.");
            }
        });
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var requests = ImageFileCollector.Collect(parseResult.GetRequiredValue(_images), out var problems);
        if (problems.Count > 0 || requests.Count == 0)
        {
            foreach (var problem in problems)
            {
                _console.WriteNotice(problem);
            }

            _console.WriteNotice("nothing was uploaded. Give existing PNG or JPEG files, or folders that hold some.");
            return ExitCodes.InputError;
        }

        var settings = new ReadSettings(
            _shared.ReadConnection(parseResult, _console),
            parseResult.GetValue(_shared.Timeout),
            parseResult.GetValue(_shared.Json),
            parseResult.GetValue(_shared.Verbose),
            parseResult.GetValue(_extendData),
            parseResult.GetValue(_concurrency));
        return await DocumentReading.RunAsync(requests, settings, _console, cancellationToken).ConfigureAwait(false);
    }
}

using Microsoft.Extensions.Options;
using Progeny.Sdk;
using Spectre.Console;

namespace Progeny.Cli;

/// <summary>
/// What <c>progeny passport</c> and <c>progeny wait</c> share: connect, read the documents with live progress on
/// stderr, write the documents on stdout and the failures on stderr, and choose the exit code.
/// </summary>
internal static class DocumentReading
{
    /// <summary>Reads the documents and reports them.</summary>
    /// <param name="requests">The documents to read.</param>
    /// <param name="settings">How to read them.</param>
    /// <param name="console">Where to write.</param>
    /// <param name="cancellationToken">Stops the run (Ctrl+C).</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static async Task<int> RunAsync(IReadOnlyList<DocumentRequest> requests, ReadSettings settings, CliConsole console, CancellationToken cancellationToken)
    {
        if (settings.Connection.Problem is { } problem)
        {
            console.WriteNotice(problem);
            return ExitCodes.InputError;
        }

        var sdkLog = new SdkLogListener(settings.Verbose ? console.WriteNotice : null);
        ProgenyConnection connection;
        try
        {
            connection = await ProgenyConnection.OpenAsync(settings, console, sdkLog, cancellationToken).ConfigureAwait(false);
        }
        catch (OptionsValidationException invalid)
        {
            console.WriteNotice(string.Join(" ", invalid.Failures));
            return ExitCodes.InputError;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitCodes.Canceled;
        }

        IReadOnlyList<DocumentOutcome> outcomes;
        await using (connection.ConfigureAwait(false))
        {
            var explainer = new FailureExplainer(settings.EffectiveTimeout, connection.Options.MaxImageBytes, settings.Connection.UsesEmbeddedServer);
            var ocrOptions = new OcrPassportOptions { ExtendData = settings.ExtendData };
            Task<IReadOnlyList<DocumentOutcome>> Read(IDocumentProgress progress) =>
                new DocumentBatch(connection.Client, ocrOptions, explainer, progress).ReadAsync(requests, settings.Concurrency, cancellationToken);

            outcomes = console.ErrorIsInteractive && !settings.Verbose
                ? await LiveProgressDisplay.RunAsync(console.ErrorConsole, requests, Read).ConfigureAwait(false)
                : await Read(new LineProgressReporter(console, requests, settings.Verbose)).ConfigureAwait(false);
            if (connection.ImageSavings.Summary is { } savings)
            {
                console.WriteNotice(savings);
            }
        }

        WriteDocuments(outcomes, settings, console);
        return WriteFailures(outcomes, settings, console);
    }

    private static void WriteDocuments(IReadOnlyList<DocumentOutcome> outcomes, ReadSettings settings, CliConsole console)
    {
        var first = true;
        foreach (var outcome in outcomes.Where(outcome => outcome.Result is not null))
        {
            if (settings.Json)
            {
                JsonResultWriter.Write(console.Output, outcome);
                continue;
            }

            if (!first)
            {
                console.OutputConsole.WriteLine();
            }

            TableResultWriter.Write(console.OutputConsole, outcome);
            first = false;
        }

        console.Output.Flush();
    }

    private static int WriteFailures(IReadOnlyList<DocumentOutcome> outcomes, ReadSettings settings, CliConsole console)
    {
        var failures = outcomes.Select(outcome => outcome.Failure).OfType<DocumentFailure>().ToList();
        var credentialsRefused = false;
        foreach (var failure in failures)
        {
            // Refused credentials fail every document alike: say it once.
            if (failure.ExitCode == ExitCodes.AuthenticationFailed)
            {
                if (credentialsRefused || failure.Exception is not ProgenyAuthenticationException)
                {
                    continue;
                }

                credentialsRefused = true;
            }

            console.WriteNotice(failure.Message);
            if (settings.Verbose)
            {
                console.Error.WriteLine(failure.Exception.ToString());
            }
        }

        if (outcomes.Count > 1 && failures.Count > 0)
        {
            console.WriteNotice($"{outcomes.Count - failures.Count} of {outcomes.Count} documents read; {failures.Count} failed.");
        }

        return failures.Count == 0 ? ExitCodes.Success : failures.Max(failure => failure.ExitCode);
    }
}

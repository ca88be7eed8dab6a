using Microsoft.Extensions.Options;
using Progeny.Sdk;
using Spectre.Console;

namespace Progeny.Cli;

/// <summary>
/// What every command shares: connect, run the tasks with live progress on stderr, write the results on stdout (with
/// <c>--json</c>, the failures too) and the failures on stderr, and choose the exit code.
/// </summary>
internal static class TaskRun
{
    /// <summary>Runs the inputs with one service and reports them.</summary>
    /// <typeparam name="TRequest">The service's request.</typeparam>
    /// <typeparam name="TResult">The service's result.</typeparam>
    /// <param name="service">The service.</param>
    /// <param name="inputs">The inputs to run.</param>
    /// <param name="settings">How to run them.</param>
    /// <param name="console">Where to write.</param>
    /// <param name="cancellationToken">Stops the run (Ctrl+C).</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static async Task<int> RunAsync<TRequest, TResult>(
        ServiceDescription<TRequest, TResult> service, IReadOnlyList<TaskInput<TRequest>> inputs, RunSettings settings, CliConsole console, CancellationToken cancellationToken)
        where TRequest : class
        where TResult : ProgenyResult
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

        IReadOnlyList<TaskOutcome<TRequest, TResult>> outcomes;
        await using (connection.ConfigureAwait(false))
        {
            var explainer = new FailureExplainer(service, settings.EffectiveTimeout, connection.Options.MaxImageBytes, settings.Connection.UsesEmbeddedServer);
            var names = inputs.Select(input => input.DisplayName).ToList();
            Task<IReadOnlyList<TaskOutcome<TRequest, TResult>>> Run(ITaskProgress progress) =>
                new TaskBatch<TRequest, TResult>(service.ServiceOf(connection.Client), explainer, progress).RunAsync(inputs, settings.Concurrency, cancellationToken);

            outcomes = console.ErrorIsInteractive && !settings.Verbose
                ? await LiveProgressDisplay.RunAsync(console.ErrorConsole, names, Run).ConfigureAwait(false)
                : await Run(new LineProgressReporter(console, names, settings.Verbose)).ConfigureAwait(false);
            if (connection.ImageSavings.Summary is { } savings)
            {
                console.WriteNotice(savings);
            }
        }

        WriteResults(service, outcomes, settings, console);
        return WriteFailures(outcomes, settings, console);
    }

    private static void WriteResults<TRequest, TResult>(ServiceDescription<TRequest, TResult> service, IReadOnlyList<TaskOutcome<TRequest, TResult>> outcomes, RunSettings settings, CliConsole console)
        where TRequest : class
        where TResult : ProgenyResult
    {
        var first = true;
        foreach (var outcome in outcomes)
        {
            if (settings.Json)
            {
                JsonResultWriter.Write(console.Output, service, outcome);
                continue;
            }

            if (outcome.Result is not { } result)
            {
                continue;
            }

            if (!first)
            {
                console.OutputConsole.WriteLine();
            }

            TableResultWriter.Write(console.OutputConsole, service, outcome.Input.DisplayName, result);
            first = false;
        }

        console.Output.Flush();
    }

    private static int WriteFailures<TRequest, TResult>(IReadOnlyList<TaskOutcome<TRequest, TResult>> outcomes, RunSettings settings, CliConsole console)
        where TRequest : class
        where TResult : class
    {
        var failures = outcomes.Select(outcome => outcome.Failure).OfType<TaskFailure>().ToList();
        var credentialsRefused = false;
        foreach (var failure in failures)
        {
            // Refused credentials fail every input alike: say it once.
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
            console.WriteNotice($"{outcomes.Count - failures.Count} of {outcomes.Count} inputs answered; {failures.Count} failed.");
        }

        return failures.Count == 0 ? ExitCodes.Success : failures.Max(failure => failure.ExitCode);
    }
}

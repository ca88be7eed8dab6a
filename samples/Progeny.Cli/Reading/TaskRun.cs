using Microsoft.Extensions.Options;
using Progeny.Sdk;
using Spectre.Console;

namespace Progeny.Cli;

/// <summary>
/// What every command shares: connect, check every image before the first upload, run the tasks with live progress on
/// stderr, write the results on stdout (with <c>--json</c>, one record per input, failures included) and the failures
/// on stderr, and choose the exit code.
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

        if (settings.Journal is not { } journalSettings)
        {
            return await RunAsync(service, inputs, settings, journal: null, console, cancellationToken).ConfigureAwait(false);
        }

        // A journal that cannot be used stops the run before anything is read or sent.
        ProgenyJournal journal;
        try
        {
            journal = await ProgenyJournal.OpenAsync(journalSettings.Path, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ProgenyJournalException unusable)
        {
            console.WriteNotice($"journal {journalSettings.Path}: {unusable.Message} Nothing was uploaded.");
            return ExitCodes.InputError;
        }

        await using (journal.ConfigureAwait(false))
        {
            try
            {
                return await RunAsync(service, inputs, settings, journal, console, cancellationToken).ConfigureAwait(false);
            }
            catch (ProgenyJournalException unusable)
            {
                console.WriteNotice($"journal {journalSettings.Path}: {unusable.Message}");
                return ExitCodes.InputError;
            }
        }
    }

    private static async Task<int> RunAsync<TRequest, TResult>(
        ServiceDescription<TRequest, TResult> service, IReadOnlyList<TaskInput<TRequest>> inputs, RunSettings settings, ProgenyJournal? journal, CliConsole console, CancellationToken cancellationToken)
        where TRequest : class
        where TResult : ProgenyResult
    {
        // Every image is checked before anything starts; the client uploads with the SDK's default MaxImageBytes. A rerun
        // through a journal neither checks nor prepares the files of inputs that finished: they are read back, never sent.
        var check = new ImageCheck(settings.Connection.PrepareImages, new ProgenyClientOptions().MaxImageBytes);
        IReadOnlyDictionary<string, ProgenyImage> images;
        IReadOnlyDictionary<string, string> problems;
        try
        {
            var finished = journal is null ? [] : await FilesOfFinishedInputsAsync<TRequest, TResult>(inputs, journal, cancellationToken).ConfigureAwait(false);
            (images, problems) = await check.CheckAsync(inputs.SelectMany(input => input.Files).Select(file => file.Path).Where(path => !finished.Contains(path)), cancellationToken).ConfigureAwait(false);
            images = finished.Count == 0 ? images : images.Concat(finished.Select(path => KeyValuePair.Create(path, ProgenyImage.FromFile(path)))).ToDictionary(StringComparer.Ordinal);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.WriteNotice("interrupted while checking the images: nothing was uploaded.");
            return ExitCodes.Canceled;
        }

        var outcomes = problems.Count > 0
            ? inputs.Select(input => Unchecked<TRequest, TResult>(input, problems)).ToList()
            : await RunCheckedAsync(service, inputs, images, settings, journal, console, cancellationToken).ConfigureAwait(false);
        if (outcomes is null)
        {
            return ExitCodes.InputError;
        }

        if (check.Savings.Summary is { } savings)
        {
            console.WriteNotice(savings);
        }

        WriteResults(service, outcomes, settings, console);
        var exitCode = WriteFailures(outcomes, settings, console);
        if (settings.Journal is { } journalSettings)
        {
            JournalSummary.Write(outcomes, journalSettings, console);
        }

        return exitCode;
    }

    // The files that only inputs already finished in the journal use; a file that cannot be read is left to the check.
    private static async Task<HashSet<string>> FilesOfFinishedInputsAsync<TRequest, TResult>(IReadOnlyList<TaskInput<TRequest>> inputs, ProgenyJournal journal, CancellationToken cancellationToken)
        where TRequest : class
        where TResult : ProgenyResult
    {
        var isFinished = new bool[inputs.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, inputs.Count).Where(index => inputs[index].Files.Count > 0), parallel, async (index, token) =>
        {
            try
            {
                var entry = await journal.FindAsync<TResult>(inputs[index].JournalKey, inputs[index].OriginalImages(), token).ConfigureAwait(false);
                isFinished[index] = entry is { State: ProgenyJournalEntryState.Finished };
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
            {
                // Not finished as far as the journal can tell: the check says what is wrong with the file.
            }
        }).ConfigureAwait(false);

        var finished = inputs.Where((_, index) => isFinished[index]).SelectMany(input => input.Files).Select(file => file.Path).ToHashSet(StringComparer.Ordinal);
        finished.ExceptWith(inputs.Where((_, index) => !isFinished[index]).SelectMany(input => input.Files).Select(file => file.Path));
        return finished;
    }

    // Connects (the SDK validates the options first) and runs the inputs whose images all passed the check.
    private static async Task<IReadOnlyList<TaskOutcome<TRequest, TResult>>?> RunCheckedAsync<TRequest, TResult>(
        ServiceDescription<TRequest, TResult> service,
        IReadOnlyList<TaskInput<TRequest>> inputs,
        IReadOnlyDictionary<string, ProgenyImage> images,
        RunSettings settings,
        ProgenyJournal? journal,
        CliConsole console,
        CancellationToken cancellationToken)
        where TRequest : class
        where TResult : ProgenyResult
    {
        var sdkLog = new SdkLogListener(settings.Verbose ? console.WriteNotice : null);
        ProgenyConnection connection;
        try
        {
            connection = await ProgenyConnection.OpenAsync(settings, console, sdkLog, cancellationToken).ConfigureAwait(false);
        }
        catch (OptionsValidationException invalid)
        {
            console.WriteNotice(SharedOptions.Explain(invalid, settings));
            return null;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return inputs.Select(input => new TaskOutcome<TRequest, TResult>(input, null, null, TaskFailure.InterruptedBeforeUpload(input.DisplayName))).ToList();
        }

        await using (connection.ConfigureAwait(false))
        {
            var explainer = new FailureExplainer(service, settings.EffectiveTimeout, connection.Options.MaxImageBytes, settings.Connection.UsesEmbeddedServer, journal is not null);
            var names = inputs.Select(input => input.DisplayName).ToList();
            Task<IReadOnlyList<TaskOutcome<TRequest, TResult>>> Run(ITaskProgress progress) => journal is null
                ? new TaskBatch<TRequest, TResult>(service.ServiceOf(connection.Client), images, explainer, progress).RunAsync(inputs, settings.Concurrency, cancellationToken)
                : new JournalBatch<TRequest, TResult>(journal, settings.Journal!, service, service.ServiceOf(connection.Client), images, explainer, progress).RunAsync(inputs, settings.Concurrency, cancellationToken);

            return console.ErrorIsInteractive && !settings.Verbose
                ? await LiveProgressDisplay.RunAsync(console.ErrorConsole, names, Run).ConfigureAwait(false)
                : await Run(new LineProgressReporter(console, names, settings.Verbose)).ConfigureAwait(false);
        }
    }

    // A batch with a bad file uploads nothing: each input fails with its files' problems, or is not sent.
    private static TaskOutcome<TRequest, TResult> Unchecked<TRequest, TResult>(TaskInput<TRequest> input, IReadOnlyDictionary<string, string> problems)
        where TRequest : class
        where TResult : class
    {
        var own = input.Files.Where(file => problems.ContainsKey(file.Path)).Select(file => $"{file.Path}: {problems[file.Path]}").ToList();
        var failure = own.Count > 0
            ? new TaskFailure(ExitCodes.InputError, ExitCodes.NameOf(ExitCodes.InputError), string.Join(" ", own), TaskMayExist: false, Exception: null)
            : TaskFailure.NeverSent(ExitCodes.InputError, $"{input.DisplayName}: not sent, as another input failed its check.");
        return new TaskOutcome<TRequest, TResult>(input, null, null, failure);
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

            TableResultWriter.Write(console.OutputConsole, service, outcome.Input.DisplayName, result, outcome.FromJournal == true ? "(from journal: ended in an earlier run)" : null);
            first = false;
        }

        console.Output.Flush();
    }

    private static int WriteFailures<TRequest, TResult>(IReadOnlyList<TaskOutcome<TRequest, TResult>> outcomes, RunSettings settings, CliConsole console)
        where TRequest : class
        where TResult : class
    {
        var failures = outcomes.Select(outcome => outcome.Failure).OfType<TaskFailure>().ToList();
        var failed = failures.Where(failure => !failure.NotSent).ToList();
        var notSent = outcomes.Where(outcome => outcome.Failure is { NotSent: true }).Select(outcome => outcome.Input.DisplayName).ToList();
        var checkFailed = failed.Any(failure => failure.Exception is null && failure.ExitCode == ExitCodes.InputError);
        var credentialsRefused = false;
        foreach (var failure in failed)
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
            if (settings.Verbose && failure.Exception is { } exception)
            {
                console.Error.WriteLine(exception.ToString());
            }
        }

        if (checkFailed)
        {
            // The check before the first upload refused a file.
            var others = notSent.Count > 0 ? $"; {notSent.Count} other{(notSent.Count == 1 ? string.Empty : "s")} not sent" : string.Empty;
            console.WriteNotice(outcomes.Count == 1 ? "nothing was uploaded." : $"nothing was uploaded: {failed.Count} of {outcomes.Count} inputs failed the check{others}.");
        }
        else if (notSent.Count > 0)
        {
            console.WriteNotice($"not sent (never uploaded, no task): {string.Join(", ", notSent)}.");
        }

        if (outcomes.Count > 1 && failures.Count > 0 && !checkFailed)
        {
            var notSentPart = notSent.Count > 0 ? $"; {notSent.Count} not sent" : string.Empty;
            console.WriteNotice($"{outcomes.Count - failures.Count} of {outcomes.Count} inputs answered; {failed.Count} failed{notSentPart}.");
        }

        return failures.Count == 0 ? ExitCodes.Success : failures.Max(failure => failure.ExitCode);
    }
}

using Progeny.Sdk;

namespace Progeny.Cli;

/// <summary>
/// Runs the inputs of a command through a <see cref="ProgenyJournal"/> (<c>--journal</c>): one journal item per input,
/// keyed by <see cref="TaskInput{TRequest}.JournalKey"/> and the SHA-256 of its original files (not of the prepared
/// images it sends), so that a rerun finds the same entries. What finished in an earlier run is returned from the
/// journal; uploads of unknown outcome are failures of their own, resent only with <c>--resend-unknown</c>.
/// </summary>
/// <typeparam name="TRequest">The service's request.</typeparam>
/// <typeparam name="TResult">The service's result.</typeparam>
internal sealed class JournalBatch<TRequest, TResult>
    where TRequest : class
    where TResult : class
{
    private readonly ProgenyJournal _journal;
    private readonly JournalSettings _settings;
    private readonly IServiceDescription _description;
    private readonly IProgenyService<TRequest, TResult> _service;
    private readonly IReadOnlyDictionary<string, ProgenyImage> _images;
    private readonly FailureExplainer _explainer;
    private readonly ITaskProgress _progress;

    /// <summary>Initializes a new instance of the <see cref="JournalBatch{TRequest, TResult}"/> class.</summary>
    /// <param name="journal">The open journal.</param>
    /// <param name="settings">The journal's options.</param>
    /// <param name="description">The service, as the CLI describes it.</param>
    /// <param name="service">The client's service.</param>
    /// <param name="images">The checked image to send for each input file, by its path (see <see cref="ImageCheck"/>).</param>
    /// <param name="explainer">Turns failures into messages.</param>
    /// <param name="progress">Where to report each step.</param>
    public JournalBatch(
        ProgenyJournal journal,
        JournalSettings settings,
        IServiceDescription description,
        IProgenyService<TRequest, TResult> service,
        IReadOnlyDictionary<string, ProgenyImage> images,
        FailureExplainer explainer,
        ITaskProgress progress)
    {
        _journal = journal;
        _settings = settings;
        _description = description;
        _service = service;
        _images = images;
        _explainer = explainer;
        _progress = progress;
    }

    /// <summary>Runs the inputs through the journal, at most <paramref name="concurrency"/> at a time.</summary>
    /// <param name="inputs">The inputs (requests to upload, none waiting for a task id).</param>
    /// <param name="concurrency">How many to have in flight at once.</param>
    /// <param name="cancellationToken">Stops the run (Ctrl+C); the journal keeps every step committed so far.</param>
    /// <returns>One outcome per input, in the order of <paramref name="inputs"/>.</returns>
    /// <exception cref="ProgenyJournalException">The journal file became unusable.</exception>
    public async Task<IReadOnlyList<TaskOutcome<TRequest, TResult>>> RunAsync(IReadOnlyList<TaskInput<TRequest>> inputs, int concurrency, CancellationToken cancellationToken)
    {
        var requests = inputs.Select(input => input.CreateRequest!(input.Files.Select(file => _images[file.Path]).ToList())).ToList();
        var recording = new RecordingService<TRequest, TResult>(_service, _progress, requests, await UploadedTasksAsync(inputs, cancellationToken).ConfigureAwait(false));
        var items = inputs.Select((input, index) => new ProgenyJournalItem<TRequest>(
            input.JournalKey, requests[index], input.OriginalImages()));
        var options = new ProgenyJournalRunOptions { ResendUnknown = _settings.ResendUnknown, MaxConcurrency = concurrency };
        IReadOnlyList<ProgenyJournalResult<TResult>> results;
        try
        {
            results = await _journal.RunAsync(recording, items, options, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException canceled) when (cancellationToken.IsCancellationRequested)
        {
            var received = recording.ResultsByInput();
            return inputs.Select((input, index) => received.TryGetValue(index, out var done)
                ? new TaskOutcome<TRequest, TResult>(input, done.TaskId, done.Result, null) { FromJournal = false }
                : new TaskOutcome<TRequest, TResult>(input, null, null, Interrupted(input, requests[index], recording, canceled)) { FromJournal = false }).ToList();
        }

        var outcomes = new TaskOutcome<TRequest, TResult>[inputs.Count];
        for (var index = 0; index < inputs.Count; index++)
        {
            var entry = results[index].Entry;
            var fromJournal = !recording.Touched(requests[index], entry.TaskId);
            var failure = Explain(inputs[index], entry, recording.FailureOf(requests[index], entry.TaskId));
            outcomes[index] = new TaskOutcome<TRequest, TResult>(inputs[index], entry.TaskId, results[index].Result, failure) { FromJournal = fromJournal };
            if (fromJournal)
            {
                _progress.Report(index, failure is null ? TaskStage.Done : TaskStage.Failed, entry.TaskId);
            }
        }

        return outcomes;
    }

    // The tasks that earlier runs uploaded for these inputs and left unfinished, so that the progress shows their waits.
    private async Task<IEnumerable<KeyValuePair<string, int>>> UploadedTasksAsync(IReadOnlyList<TaskInput<TRequest>> inputs, CancellationToken cancellationToken)
    {
        var indexOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < inputs.Count; index++)
        {
            indexOfKey.TryAdd(inputs[index].JournalKey, index);
        }

        var entries = await _journal.GetEntriesAsync(cancellationToken).ConfigureAwait(false);
        return entries
            .Where(entry => entry is { State: ProgenyJournalEntryState.Uploaded, TaskId: not null } && entry.Service == _description.ApiName && indexOfKey.ContainsKey(entry.Key))
            .Select(entry => KeyValuePair.Create(entry.TaskId!, indexOfKey[entry.Key]));
    }

    private TaskFailure? Explain(TaskInput<TRequest> input, ProgenyJournalEntry entry, Exception? exception) => (entry.State, exception) switch
    {
        (ProgenyJournalEntryState.Finished, _) => null,
        (ProgenyJournalEntryState.UnknownOutcome, null) => UnknownOutcome(input, $"its upload in an earlier run ({entry.UpdatedAt:u}) may have created a paid task whose id was never recorded ({entry.FailureKind})."),
        (ProgenyJournalEntryState.UnknownOutcome, { } thrown) => UnknownOutcome(input, $"{Unprefixed(input, _explainer.Explain(thrown, input, taskId: null))} A paid task may exist; its id was never recorded."),
        (ProgenyJournalEntryState.Failed, null) => new TaskFailure(
            ExitCodes.TasksFailed,
            ExitCodes.NameOf(ExitCodes.TasksFailed),
            $"{input.DisplayName}: task {entry.TaskId} failed in an earlier run ({entry.UpdatedAt:u}), as the journal recorded; it was processed (and paid) and is not sent again. {_description.WhenFailed}",
            TaskMayExist: true,
            Exception: null),
        (_, null) => new TaskFailure(
            ExitCodes.ApiFailure,
            ExitCodes.NameOf(ExitCodes.ApiFailure),
            $"{input.DisplayName}: task {entry.TaskId} is uploaded but not finished: rerun the same command to wait for it again (no new upload).",
            TaskMayExist: true,
            Exception: null),
        (_, { } thrown) => _explainer.Explain(thrown, input, entry.TaskId),
    };

    private static TaskFailure UnknownOutcome(TaskInput<TRequest> input, string why) => new(
        ExitCodes.UnknownOutcome,
        ExitCodes.NameOf(ExitCodes.UnknownOutcome),
        $"{input.DisplayName}: outcome unknown: {why} Not sent again without --resend-unknown.",
        TaskMayExist: true,
        Exception: null);

    private static string Unprefixed(TaskInput<TRequest> input, TaskFailure failure) =>
        failure.Message.StartsWith(input.DisplayName + ": ", StringComparison.Ordinal) ? failure.Message[(input.DisplayName.Length + 2)..] : failure.Message;

    private TaskFailure Interrupted(TaskInput<TRequest> input, TRequest request, RecordingService<TRequest, TResult> recording, OperationCanceledException canceled) =>
        recording.FailureOf(request, taskId: null) is { } exception and not OperationCanceledException
            ? _explainer.Explain(exception, input, taskId: null)
            : new TaskFailure(
                ExitCodes.Canceled,
                ExitCodes.NameOf(ExitCodes.Canceled),
                $"{input.DisplayName}: interrupted; the journal keeps where it stands: rerun the same command to resume it (nothing finished or uploaded is sent again).",
                TaskMayExist: recording.Touched(request, taskId: null),
                canceled);
}

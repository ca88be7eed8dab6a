using Progeny.Sdk;

namespace Progeny.Cli;

/// <summary>
/// Runs the inputs of a command with one Progeny service, a few at a time: uploads each request (or takes the task id
/// given), waits for its task, and reports every step to an <see cref="ITaskProgress"/>. One input's failure does not
/// stop the others, except refused credentials, which would fail them all.
/// </summary>
/// <typeparam name="TRequest">The service's request.</typeparam>
/// <typeparam name="TResult">The service's result.</typeparam>
internal sealed class TaskBatch<TRequest, TResult>
    where TRequest : class
    where TResult : class
{
    private readonly IProgenyService<TRequest, TResult> _service;
    private readonly IReadOnlyDictionary<string, ProgenyImage> _images;
    private readonly FailureExplainer _explainer;
    private readonly ITaskProgress _progress;

    /// <summary>Initializes a new instance of the <see cref="TaskBatch{TRequest, TResult}"/> class.</summary>
    /// <param name="service">The Progeny service.</param>
    /// <param name="images">The checked image to send for each input file, by its path (see <see cref="ImageCheck"/>).</param>
    /// <param name="explainer">Turns failures into messages.</param>
    /// <param name="progress">Where to report each step, and each task status as Progeny reports it.</param>
    public TaskBatch(IProgenyService<TRequest, TResult> service, IReadOnlyDictionary<string, ProgenyImage> images, FailureExplainer explainer, ITaskProgress progress)
    {
        _service = service;
        _images = images;
        _explainer = explainer;
        _progress = progress;
    }

    /// <summary>Runs the inputs, at most <paramref name="concurrency"/> at a time.</summary>
    /// <param name="inputs">The inputs.</param>
    /// <param name="concurrency">How many to have in flight at once.</param>
    /// <param name="cancellationToken">Stops the run (Ctrl+C); inputs not finished end as canceled.</param>
    /// <returns>One outcome per input, in the order of <paramref name="inputs"/>.</returns>
    public async Task<IReadOnlyList<TaskOutcome<TRequest, TResult>>> RunAsync(IReadOnlyList<TaskInput<TRequest>> inputs, int concurrency, CancellationToken cancellationToken)
    {
        var outcomes = new TaskOutcome<TRequest, TResult>[inputs.Count];
        using var credentialsRefused = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = concurrency };
        await Parallel.ForEachAsync(Enumerable.Range(0, inputs.Count), parallel, async (index, _) =>
        {
            var outcome = await RunOneAsync(index, inputs[index], credentialsRefused.Token, cancellationToken).ConfigureAwait(false);
            if (outcome.Failure?.Exception is ProgenyAuthenticationException)
            {
                await credentialsRefused.CancelAsync().ConfigureAwait(false);
            }

            outcomes[index] = outcome;
        }).ConfigureAwait(false);
        return outcomes;
    }

    private async Task<TaskOutcome<TRequest, TResult>> RunOneAsync(int index, TaskInput<TRequest> input, CancellationToken runToken, CancellationToken userToken)
    {
        var taskId = input.TaskId;
        try
        {
            runToken.ThrowIfCancellationRequested();
            if (taskId is null)
            {
                _progress.Report(index, TaskStage.Uploading);
                var request = input.CreateRequest!(input.Files.Select(file => _images[file.Path]).ToList());
                taskId = await _service.SubmitAsync(request, runToken).ConfigureAwait(false);
            }

            _progress.Report(index, TaskStage.Waiting, taskId);
            var result = await _service.WaitForAsync(taskId, new TaskStatusProgress(_progress, index, taskId), runToken).ConfigureAwait(false);
            _progress.Report(index, TaskStage.Done, taskId, ProgenyTaskStatus.Success.Value);
            return new TaskOutcome<TRequest, TResult>(input, taskId, result, null);
        }
        catch (OperationCanceledException canceled) when (runToken.IsCancellationRequested && canceled is not ProgenyUploadCanceledException && taskId is null)
        {
            // Canceled while queued, or before its upload was sent: Progeny never saw it.
            _progress.Report(index, TaskStage.Failed);
            var failure = userToken.IsCancellationRequested
                ? TaskFailure.InterruptedBeforeUpload(input.DisplayName)
                : TaskFailure.NeverSent(ExitCodes.AuthenticationFailed, $"{input.DisplayName}: not sent, as Progeny refused the credentials.");
            return new TaskOutcome<TRequest, TResult>(input, null, null, failure);
        }
        catch (OperationCanceledException canceled) when (runToken.IsCancellationRequested)
        {
            _progress.Report(index, TaskStage.Failed, taskId);
            var failure = userToken.IsCancellationRequested
                ? _explainer.Interrupted(canceled, input, taskId)
                : new TaskFailure(ExitCodes.AuthenticationFailed, ExitCodes.NameOf(ExitCodes.AuthenticationFailed), $"{input.DisplayName}: skipped, as Progeny refused the credentials.", TaskMayExist: true, canceled);
            return new TaskOutcome<TRequest, TResult>(input, taskId, null, failure);
        }
        catch (Exception exception)
        {
            _progress.Report(index, TaskStage.Failed, taskId);
            return new TaskOutcome<TRequest, TResult>(input, taskId, null, _explainer.Explain(exception, input, taskId));
        }
    }
}

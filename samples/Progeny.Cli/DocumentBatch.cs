using Progeny.Sdk;

namespace Progeny.Cli;

/// <summary>
/// Reads a list of documents with Progeny, a few at a time: uploads each image (or takes the task id given),
/// waits for its task, and reports every step to an <see cref="IDocumentProgress"/>. One document's failure does
/// not stop the others, except refused credentials, which would fail them all.
/// </summary>
internal sealed class DocumentBatch
{
    private readonly IProgenyClient _client;
    private readonly OcrPassportOptions _ocrOptions;
    private readonly FailureExplainer _explainer;
    private readonly IDocumentProgress _progress;

    /// <summary>Initializes a new instance of the <see cref="DocumentBatch"/> class.</summary>
    /// <param name="client">The Progeny client.</param>
    /// <param name="ocrOptions">What to ask of the service for each image.</param>
    /// <param name="explainer">Turns failures into messages.</param>
    /// <param name="progress">Where to report each step, and each task status as Progeny reports it.</param>
    public DocumentBatch(IProgenyClient client, OcrPassportOptions ocrOptions, FailureExplainer explainer, IDocumentProgress progress)
    {
        _client = client;
        _ocrOptions = ocrOptions;
        _explainer = explainer;
        _progress = progress;
    }

    /// <summary>Reads the documents, at most <paramref name="concurrency"/> at a time.</summary>
    /// <param name="requests">The documents to read.</param>
    /// <param name="concurrency">How many to have in flight at once.</param>
    /// <param name="cancellationToken">Stops the run (Ctrl+C); documents not finished end as canceled.</param>
    /// <returns>One outcome per request, in the order of <paramref name="requests"/>.</returns>
    public async Task<IReadOnlyList<DocumentOutcome>> ReadAsync(IReadOnlyList<DocumentRequest> requests, int concurrency, CancellationToken cancellationToken)
    {
        var outcomes = new DocumentOutcome[requests.Count];
        using var credentialsRefused = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = concurrency };
        await Parallel.ForEachAsync(Enumerable.Range(0, requests.Count), parallel, async (index, _) =>
        {
            var outcome = await ReadOneAsync(index, requests[index], credentialsRefused.Token, cancellationToken).ConfigureAwait(false);
            if (outcome.Failure?.Exception is ProgenyAuthenticationException)
            {
                await credentialsRefused.CancelAsync().ConfigureAwait(false);
            }

            outcomes[index] = outcome;
        }).ConfigureAwait(false);
        return outcomes;
    }

    private async Task<DocumentOutcome> ReadOneAsync(int index, DocumentRequest request, CancellationToken runToken, CancellationToken userToken)
    {
        var taskId = request.TaskId;
        try
        {
            runToken.ThrowIfCancellationRequested();
            if (taskId is null)
            {
                _progress.Report(index, DocumentStage.Uploading);
                taskId = await _client.SubmitOcrPassportAsync(ProgenyImage.FromFile(request.FilePath!), _ocrOptions, runToken).ConfigureAwait(false);
            }

            _progress.Report(index, DocumentStage.Waiting, taskId);
            var result = await _client.WaitForOcrPassportAsync(taskId, new TaskStatusProgress(_progress, index, taskId), runToken).ConfigureAwait(false);
            _progress.Report(index, DocumentStage.Done, taskId, ProgenyTaskStatus.Success.Value);
            return new DocumentOutcome(request, taskId, result, null);
        }
        catch (OperationCanceledException canceled) when (runToken.IsCancellationRequested)
        {
            var failure = userToken.IsCancellationRequested
                ? new DocumentFailure(ExitCodes.Canceled, $"{request.DisplayName}: {_explainer.Interrupted(taskId)}", canceled)
                : new DocumentFailure(ExitCodes.AuthenticationFailed, $"{request.DisplayName}: skipped, as Progeny refused the credentials.", canceled);
            _progress.Report(index, DocumentStage.Failed, taskId);
            return new DocumentOutcome(request, taskId, null, failure);
        }
        catch (Exception exception)
        {
            _progress.Report(index, DocumentStage.Failed, taskId);
            return new DocumentOutcome(request, taskId, null, _explainer.Explain(exception, request, taskId));
        }
    }
}

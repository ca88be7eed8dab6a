using System.Collections.Concurrent;
using Progeny.Sdk;

namespace Progeny.Cli;

/// <summary>
/// The service as a journaled run calls it: reports each upload and wait to the progress display, and keeps what the
/// journal does not (it records states, not exceptions): each failure, each result and what was sent in this run, so
/// that the run explains every input as <see cref="TaskBatch{TRequest, TResult}"/> does. Once Progeny refuses the
/// credentials, the next uploads fail the same way without being sent.
/// </summary>
/// <typeparam name="TRequest">The service's request.</typeparam>
/// <typeparam name="TResult">The service's result.</typeparam>
internal sealed class RecordingService<TRequest, TResult> : IProgenyService<TRequest, TResult>
    where TRequest : class
    where TResult : class
{
    private readonly IProgenyService<TRequest, TResult> _inner;
    private readonly ITaskProgress _progress;
    private readonly Dictionary<TRequest, int> _indexOfRequest = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<string, int> _indexOfTask = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<TRequest, Exception> _uploadFailures = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<TRequest, string> _uploads = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<string, Exception> _waitFailures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TResult> _results = new(StringComparer.Ordinal);
    private volatile ProgenyAuthenticationException? _credentialsRefused;

    /// <summary>Initializes a new instance of the <see cref="RecordingService{TRequest, TResult}"/> class.</summary>
    /// <param name="inner">The client's service.</param>
    /// <param name="progress">Where each input's steps are shown.</param>
    /// <param name="requests">The run's requests, by the input's position.</param>
    /// <param name="uploadedTasks">The tasks an earlier run uploaded and left unfinished, with the position of their input.</param>
    public RecordingService(IProgenyService<TRequest, TResult> inner, ITaskProgress progress, IReadOnlyList<TRequest> requests, IEnumerable<KeyValuePair<string, int>> uploadedTasks)
    {
        _inner = inner;
        _progress = progress;
        for (var index = 0; index < requests.Count; index++)
        {
            _indexOfRequest[requests[index]] = index;
        }

        foreach (var (taskId, index) in uploadedTasks)
        {
            _indexOfTask[taskId] = index;
        }
    }

    /// <inheritdoc/>
    public async Task<TResult> RunAsync(TRequest request, CancellationToken cancellationToken = default) =>
        await WaitForAsync(await SubmitAsync(request, cancellationToken).ConfigureAwait(false), null, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<string> SubmitAsync(TRequest request, CancellationToken cancellationToken = default)
    {
        var index = _indexOfRequest[request];
        try
        {
            if (_credentialsRefused is { } refused)
            {
                throw refused;
            }

            _progress.Report(index, TaskStage.Uploading);
            var taskId = await _inner.SubmitAsync(request, cancellationToken).ConfigureAwait(false);
            _indexOfTask[taskId] = index;
            _uploads[request] = taskId;
            return taskId;
        }
        catch (Exception exception)
        {
            _uploadFailures[request] = exception;
            _credentialsRefused ??= exception as ProgenyAuthenticationException;
            _progress.Report(index, TaskStage.Failed);
            throw;
        }
    }

    /// <inheritdoc/>
    public async Task<TResult> WaitForAsync(string taskId, IProgress<ProgenyTaskStatus>? progress = null, CancellationToken cancellationToken = default)
    {
        var known = _indexOfTask.TryGetValue(taskId, out var index);
        try
        {
            if (known)
            {
                _progress.Report(index, TaskStage.Waiting, taskId);
            }

            var statuses = known ? new TaskStatusProgress(_progress, index, taskId) : progress;
            var result = await _inner.WaitForAsync(taskId, statuses, cancellationToken).ConfigureAwait(false);
            _results[taskId] = result;
            if (known)
            {
                _progress.Report(index, TaskStage.Done, taskId, ProgenyTaskStatus.Success.Value);
            }

            return result;
        }
        catch (Exception exception)
        {
            _waitFailures[taskId] = exception;
            if (known)
            {
                _progress.Report(index, TaskStage.Failed, taskId);
            }

            throw;
        }
    }

    /// <summary>Gets what failed for an input in this run: its upload, else the wait for its task.</summary>
    /// <param name="request">The input's request.</param>
    /// <param name="taskId">Its task, if it has one.</param>
    /// <returns>The exception, or <see langword="null"/> when nothing failed in this run.</returns>
    public Exception? FailureOf(TRequest request, string? taskId) =>
        _uploadFailures.GetValueOrDefault(request) ?? (taskId is null ? null : _waitFailures.GetValueOrDefault(taskId));

    /// <summary>Gets whether this run sent anything for an input: its upload, or a status request of its task.</summary>
    /// <param name="request">The input's request.</param>
    /// <param name="taskId">Its task, if it has one.</param>
    /// <returns><see langword="false"/> when the journal answered for it alone.</returns>
    public bool Touched(TRequest request, string? taskId) =>
        _uploads.ContainsKey(request) || _uploadFailures.ContainsKey(request)
        || (taskId is not null && (_results.ContainsKey(taskId) || _waitFailures.ContainsKey(taskId)));

    /// <summary>Gets the results this run received, by the position of their input: what an interrupted run still prints.</summary>
    /// <returns>The task and result of each input whose wait ended in this run.</returns>
    public IReadOnlyDictionary<int, (string TaskId, TResult Result)> ResultsByInput()
    {
        var results = new Dictionary<int, (string TaskId, TResult Result)>();
        foreach (var (taskId, result) in _results)
        {
            if (_indexOfTask.TryGetValue(taskId, out var index))
            {
                results[index] = (taskId, result);
            }
        }

        return results;
    }
}

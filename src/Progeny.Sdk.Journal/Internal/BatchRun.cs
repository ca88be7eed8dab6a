using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Progeny.Sdk.Internal;

/// <summary>
/// Runs one input of a batch through its states, committing each before the next step: the entry is <c>pending</c>
/// before the upload is sent, <c>uploaded</c> as soon as its task id is known, then finished or failed.
/// </summary>
internal sealed class BatchRun<TRequest, TResult>(
    ProgenyJournal journal,
    IProgenyService<TRequest, TResult> service,
    string serviceName,
    JsonTypeInfo<TResult> json,
    ProgenyJournalRunOptions options)
{
    public async Task<ProgenyJournalResult<TResult>> RunAsync(string id, ProgenyJournalItem<TRequest> item, string contentSha256, CancellationToken cancellationToken)
    {
        var entry = await journal.Store.FindAsync(id, cancellationToken).ConfigureAwait(false);
        switch (entry)
        {
            case { State: ProgenyJournalEntryState.Finished }:
                return new(entry, JsonSerializer.Deserialize(entry.ResultJson!, json));
            case { State: ProgenyJournalEntryState.Uploaded }:
                return await WaitAsync(id, entry, cancellationToken).ConfigureAwait(false);
            case { State: ProgenyJournalEntryState.Failed, TaskMayExist: true }:
            case { State: ProgenyJournalEntryState.UnknownOutcome } when !options.ResendUnknown:
                return new(entry, default);
            default:
                return await UploadAsync(id, item, contentSha256, entry, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<ProgenyJournalResult<TResult>> UploadAsync(
        string id, ProgenyJournalItem<TRequest> item, string contentSha256, ProgenyJournalEntry? previous, CancellationToken cancellationToken)
    {
        var now = journal.Now;
        var pending = new ProgenyJournalEntry
        {
            Service = serviceName,
            Key = item.Key,
            ContentSha256 = contentSha256,
            State = ProgenyJournalEntryState.Pending,
            TaskMayExist = true,
            Attempts = (previous?.Attempts ?? 0) + 1,
            CreatedAt = previous?.CreatedAt ?? now,
            UpdatedAt = now,
        };
        await SaveAsync(id, pending).ConfigureAwait(false);

        string taskId;
        try
        {
            taskId = await service.SubmitAsync(item.Request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (Classify(exception) is { } failure)
        {
            var (state, kind, taskMayExist) = failure;
            var failed = pending with { State = state, FailureKind = kind, TaskMayExist = taskMayExist, UpdatedAt = journal.Now };
            await SaveAsync(id, failed).ConfigureAwait(false);
            return new(failed, default);
        }
        catch (OperationCanceledException)
        {
            // Canceled before the upload was sent (a sent one is a ProgenyUploadCanceledException): as it was.
            await RestoreAsync(id, previous).ConfigureAwait(false);
            throw;
        }

        var uploaded = pending with { State = ProgenyJournalEntryState.Uploaded, TaskId = taskId, UpdatedAt = journal.Now };
        await SaveAsync(id, uploaded).ConfigureAwait(false);
        return await WaitAsync(id, uploaded, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ProgenyJournalResult<TResult>> WaitAsync(string id, ProgenyJournalEntry uploaded, CancellationToken cancellationToken)
    {
        TResult result;
        try
        {
            result = await service.WaitForAsync(uploaded.TaskId!, progress: null, cancellationToken).ConfigureAwait(false);
        }
        catch (ProgenyTaskFailedException)
        {
            var failed = uploaded with { State = ProgenyJournalEntryState.Failed, FailureKind = "task-failed", TaskMayExist = true, UpdatedAt = journal.Now };
            await SaveAsync(id, failed).ConfigureAwait(false);
            return new(failed, default);
        }
        catch (ProgenyException)
        {
            return new(uploaded, default);  // the task exists and may still end: the next run waits again, at no cost
        }

        var finished = uploaded with
        {
            State = ProgenyJournalEntryState.Finished,
            ResultJson = JsonSerializer.Serialize(result, json),
            FailureKind = null,
            UpdatedAt = journal.Now,
        };
        await SaveAsync(id, finished).ConfigureAwait(false);
        return new(finished, result);
    }

    private static (ProgenyJournalEntryState State, string Kind, bool TaskMayExist)? Classify(Exception exception) => exception switch
    {
        ProgenyUploadCanceledException => (ProgenyJournalEntryState.UnknownOutcome, "upload-canceled", true),
        ProgenyException { TaskMayExist: true } => (ProgenyJournalEntryState.UnknownOutcome, "upload-broken", true),
        ProgenyException => (ProgenyJournalEntryState.Failed, "refused", false),
        ArgumentException or FileNotFoundException => (ProgenyJournalEntryState.Failed, "invalid-input", false),
        _ => null,
    };

    private async Task RestoreAsync(string id, ProgenyJournalEntry? previous)
    {
        if (previous is null)
        {
            await journal.Store.DeleteAsync(id, CancellationToken.None).ConfigureAwait(false);
        }
        else
        {
            await journal.Store.SaveAsync(id, previous, CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>Commits the entry (never canceled halfway: a lost record could mean a double payment), then calls the test hook.</summary>
    private async Task SaveAsync(string id, ProgenyJournalEntry entry)
    {
        await journal.Store.SaveAsync(id, entry, CancellationToken.None).ConfigureAwait(false);
        journal.Committed(entry.State);
    }
}

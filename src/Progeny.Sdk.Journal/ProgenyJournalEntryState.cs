namespace Progeny.Sdk;

/// <summary>Where an input of a journaled batch stands. Each state is committed to disk before the next step starts.</summary>
public enum ProgenyJournalEntryState
{
    /// <summary>About to upload: committed before the upload is sent. Found on opening, it means the process died mid-upload, and becomes <see cref="UnknownOutcome"/>.</summary>
    Pending = 0,

    /// <summary>Uploaded: the task id is known and committed. A rerun waits for this task and never uploads again.</summary>
    Uploaded = 1,

    /// <summary>The task finished and its result is stored in the journal.</summary>
    Finished = 2,

    /// <summary>
    /// The input failed: the task ended without its service's data (paid, never resent), or the upload was refused
    /// before any task was created (a rerun uploads it again, at no risk of paying twice). See <see cref="ProgenyJournalEntry.TaskMayExist"/>.
    /// </summary>
    Failed = 3,

    /// <summary>
    /// The upload may have created a (paid) task whose id is not known: the process died between
    /// <see cref="Pending"/> and the answer, or the upload broke after it was sent. Never resent unless asked
    /// (<see cref="ProgenyJournalRunOptions.ResendUnknown"/>).
    /// </summary>
    UnknownOutcome = 4,
}

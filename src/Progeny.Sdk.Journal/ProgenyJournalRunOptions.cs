namespace Progeny.Sdk;

/// <summary>How <see cref="ProgenyJournal.RunAsync"/> runs a batch.</summary>
public sealed record ProgenyJournalRunOptions
{
    /// <summary>
    /// Gets a value indicating whether inputs in <see cref="ProgenyJournalEntryState.UnknownOutcome"/> are uploaded
    /// again. Each may then be paid twice: check first (e.g. with Progeny's support, by time of upload) that no task
    /// was created for them.
    /// </summary>
    /// <value>Defaults to <see langword="false"/>: unknown outcomes are reported and left alone.</value>
    public bool ResendUnknown { get; init; }

    /// <summary>Gets how many inputs are uploaded or waited for at the same time.</summary>
    /// <value>Defaults to 4; at least 1.</value>
    public int MaxConcurrency
    {
        get => _maxConcurrency;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxConcurrency = value;
        }
    }

    private readonly int _maxConcurrency = 4;
}

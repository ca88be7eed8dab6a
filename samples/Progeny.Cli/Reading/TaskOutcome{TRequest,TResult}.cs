namespace Progeny.Cli;

/// <summary>How one input of a run ended: its result, or why it failed.</summary>
/// <typeparam name="TRequest">The service's request.</typeparam>
/// <typeparam name="TResult">The service's result.</typeparam>
/// <param name="Input">What was asked.</param>
/// <param name="TaskId">The Progeny task id, once a task exists.</param>
/// <param name="Result">The result, or <see langword="null"/> when it failed.</param>
/// <param name="Failure">Why it failed, or <see langword="null"/> when it has its result.</param>
internal sealed record TaskOutcome<TRequest, TResult>(TaskInput<TRequest> Input, string? TaskId, TResult? Result, TaskFailure? Failure)
    where TRequest : class
    where TResult : class
{
    /// <summary>
    /// Gets whether the outcome was read from the journal, as an earlier run left it (<see langword="true"/>: nothing
    /// was sent for it now); <see langword="null"/> when the run has no journal.
    /// </summary>
    public bool? FromJournal { get; init; }
}

using System.Text;

namespace Progeny.Sdk;

/// <summary>
/// One input as the journal records it. <see cref="ToString"/> prints neither the key nor the result, which may hold
/// personal data.
/// </summary>
public sealed record ProgenyJournalEntry
{
    /// <summary>Gets the service, as Progeny names it (e.g. <c>ocr_passport</c>).</summary>
    public required string Service { get; init; }

    /// <summary>Gets the caller's key of the input (<see cref="ProgenyJournalItem{TRequest}.Key"/>).</summary>
    public required string Key { get; init; }

    /// <summary>Gets the SHA-256 of the input's images, in lowercase hex.</summary>
    public required string ContentSha256 { get; init; }

    /// <summary>Gets where the input stands.</summary>
    public required ProgenyJournalEntryState State { get; init; }

    /// <summary>Gets the task's id, once the upload answered it.</summary>
    public string? TaskId { get; init; }

    /// <summary>
    /// Gets why the input failed or its outcome is unknown: <c>task-failed</c>, <c>refused</c>, <c>invalid-input</c>,
    /// <c>upload-broken</c>, <c>upload-canceled</c> or <c>interrupted</c> (the process died mid-upload).
    /// </summary>
    public string? FailureKind { get; init; }

    /// <summary>Gets a value indicating whether a (paid) task may exist for the input.</summary>
    public bool TaskMayExist { get; init; }

    /// <summary>Gets how many times the input was uploaded or about to be: more than 1 only after an explicit resend.</summary>
    public int Attempts { get; init; }

    /// <summary>Gets when the entry was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets when the entry last changed; for an unknown outcome, when its upload was about to be sent or broke.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Gets the finished task's result as JSON, the holder's data included; <see langword="null"/> until finished.</summary>
    public string? ResultJson { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Service = ").Append(Service)
            .Append(", State = ").Append(State)
            .Append(", TaskId = ").Append(TaskId ?? "null")
            .Append(", FailureKind = ").Append(FailureKind ?? "null")
            .Append(", Attempts = ").Append(Attempts);
        return true;
    }
}

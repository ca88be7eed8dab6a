namespace Progeny.Sdk.Internal;

/// <summary>
/// One status request's outcome: a status read (with the body of a finished task and what the service deserialized of
/// it), or a transient failure to retry (with the server's <c>Retry-After</c>).
/// </summary>
internal readonly record struct TaskPoll(ProgenyTaskStatus? Status, TaskBody? FinalBody, object? Parsed, Exception? TransientFailure, TimeSpan? RetryAfter)
{
    public bool IsFinal => FinalBody is not null;
}

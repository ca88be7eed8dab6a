using Progeny.Sdk.Internal.Json;

namespace Progeny.Sdk.Internal;

/// <summary>One status request's outcome: the task as read, or a transient failure to retry (with the server's <c>Retry-After</c>).</summary>
internal readonly record struct TaskPoll(TaskResponseDto? Task, ProgenyTaskStatus? Status, Exception? TransientFailure, TimeSpan? RetryAfter)
{
    public bool IsFinal => Status is { IsFinal: true };
}

using System.Net;

namespace Progeny.Sdk.Internal;

/// <summary>What one wait for a task remembers between status requests.</summary>
internal sealed class PollState(TaskPoller poller, ServiceDefinition service, string taskId, TimeSpan? firstDelay, IProgress<ProgenyTaskStatus>? progress)
{
    public TaskPoller Poller { get; } = poller;

    public ServiceDefinition Service { get; } = service;

    public string TaskId { get; } = taskId;

    public TimeSpan? FirstDelay { get; set; } = firstDelay;

    public IProgress<ProgenyTaskStatus>? Progress { get; } = progress;

    public ProgenyTaskStatus? LastStatus { get; set; }

    public Exception? LastFailure { get; set; }

    /// <summary>
    /// How long a task id that answers 404 is still taken for a task no worker has picked up yet (a results-table lookup
    /// has no row until then), when the wait did not create the task itself.
    /// </summary>
    public static readonly TimeSpan NotFoundWindow = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Until when a 404 is retried: to the end of the wait for a task this call created (it exists: a 404 only means no
    /// worker has it yet); <see cref="NotFoundWindow"/> after the wait began for an id given by the caller.
    /// </summary>
    public DateTimeOffset NotFoundUntil { get; set; } = DateTimeOffset.MaxValue;

    /// <summary>How many status requests failed in a row since the last status read.</summary>
    public int FailedInARow { get; set; }

    /// <summary>What the last failed status request got, e.g. <c>HTTP 500 (HTML)</c>.</summary>
    public string? LastFailureKind { get; set; }

    /// <summary>Whether the failures in a row got different answers.</summary>
    public bool MixedFailures { get; set; }

    /// <summary>The HTTP status of the last failed status request, if it was answered.</summary>
    public HttpStatusCode? LastFailureStatusCode { get; set; }

    public int Polls { get; set; }
}

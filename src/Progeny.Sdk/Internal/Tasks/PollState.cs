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

    public int Polls { get; set; }
}

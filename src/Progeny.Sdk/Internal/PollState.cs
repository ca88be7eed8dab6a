namespace Progeny.Sdk.Internal;

/// <summary>What one wait for a task remembers between status requests.</summary>
internal sealed class PollState(ProgenyClient client, string taskId, TimeSpan? firstDelay)
{
    public ProgenyClient Client { get; } = client;

    public string TaskId { get; } = taskId;

    public TimeSpan? FirstDelay { get; set; } = firstDelay;

    public ProgenyTaskStatus? LastStatus { get; set; }

    public Exception? LastFailure { get; set; }

    public int Polls { get; set; }
}

namespace Progeny.Sdk;

/// <summary>
/// <see cref="ProgenyClientOptions.PollingTimeout"/> was spent before the task ended. The task goes on on the server:
/// resume with <see cref="IProgenyClient.WaitForOcrPassportAsync(string, CancellationToken)"/> and <see cref="TaskId"/>.
/// </summary>
public class ProgenyTaskTimeoutException : ProgenyException
{
    /// <summary>Initializes a new instance of the <see cref="ProgenyTaskTimeoutException"/> class.</summary>
    public ProgenyTaskTimeoutException()
        : this("The Progeny task did not finish in time.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ProgenyTaskTimeoutException"/> class.</summary>
    /// <param name="message">What failed.</param>
    public ProgenyTaskTimeoutException(string message)
        : base(message)
    {
        TaskId = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="ProgenyTaskTimeoutException"/> class.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public ProgenyTaskTimeoutException(string message, Exception? innerException)
        : base(message, innerException)
    {
        TaskId = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="ProgenyTaskTimeoutException"/> class.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="taskId">The id of the task to resume.</param>
    /// <param name="lastStatus">The last status seen, if any.</param>
    /// <param name="innerException">The last transient failure, if any.</param>
    public ProgenyTaskTimeoutException(string message, string taskId, ProgenyTaskStatus? lastStatus, Exception? innerException = null)
        : base(message, innerException)
    {
        TaskId = taskId;
        LastStatus = lastStatus;
    }

    /// <summary>Gets the id of the task to resume.</summary>
    public string TaskId { get; }

    /// <summary>Gets the last status the API reported, if any answer was read.</summary>
    public ProgenyTaskStatus? LastStatus { get; }
}

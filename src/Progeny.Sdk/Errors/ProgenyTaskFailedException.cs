namespace Progeny.Sdk;

/// <summary>
/// A task ended without a document: its status was <c>FAILURE</c> or <c>REVOKED</c>, or it said <c>SUCCESS</c>
/// while its result carried an error.
/// </summary>
public class ProgenyTaskFailedException : ProgenyException
{
    /// <summary>Initializes a new instance of the <see cref="ProgenyTaskFailedException"/> class.</summary>
    public ProgenyTaskFailedException()
        : this("The Progeny task failed.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ProgenyTaskFailedException"/> class.</summary>
    /// <param name="message">What failed.</param>
    public ProgenyTaskFailedException(string message)
        : base(message)
    {
        TaskId = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="ProgenyTaskFailedException"/> class.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public ProgenyTaskFailedException(string message, Exception? innerException)
        : base(message, innerException)
    {
        TaskId = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="ProgenyTaskFailedException"/> class.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="taskId">The id of the failed task.</param>
    /// <param name="status">The task's last status.</param>
    /// <param name="errorCode">The service's error code, e.g. <c>DOCUMENT_NOT_FOUND</c>, if it gave one.</param>
    public ProgenyTaskFailedException(string message, string taskId, ProgenyTaskStatus status, string? errorCode)
        : base(message)
    {
        TaskId = taskId;
        Status = status;
        ErrorCode = errorCode;
    }

    /// <summary>Gets the id of the failed task.</summary>
    public string TaskId { get; }

    /// <summary>Gets the task's last status.</summary>
    public ProgenyTaskStatus Status { get; }

    /// <summary>Gets the service's error code, if it gave one.</summary>
    public string? ErrorCode { get; }
}

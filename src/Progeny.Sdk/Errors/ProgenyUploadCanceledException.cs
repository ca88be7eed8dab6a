namespace Progeny.Sdk;

/// <summary>
/// The caller canceled an upload after it may have reached Progeny: a (paid) task may exist. A cancellation before any
/// byte was sent is a plain <see cref="OperationCanceledException"/>.
/// </summary>
public class ProgenyUploadCanceledException : OperationCanceledException
{
    /// <summary>Initializes a new instance of the <see cref="ProgenyUploadCanceledException"/> class.</summary>
    public ProgenyUploadCanceledException()
        : this("The upload was canceled after it may have reached Progeny: a task may have been created.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ProgenyUploadCanceledException"/> class.</summary>
    /// <param name="message">What was canceled.</param>
    public ProgenyUploadCanceledException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ProgenyUploadCanceledException"/> class.</summary>
    /// <param name="message">What was canceled.</param>
    /// <param name="innerException">The cancellation.</param>
    public ProgenyUploadCanceledException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ProgenyUploadCanceledException"/> class.</summary>
    /// <param name="message">What was canceled.</param>
    /// <param name="innerException">The cancellation.</param>
    /// <param name="token">The caller's token.</param>
    public ProgenyUploadCanceledException(string message, Exception? innerException, CancellationToken token)
        : base(message, innerException, token)
    {
    }

    /// <summary>Gets a value indicating whether a (paid) task may exist: always <see langword="true"/> for this exception.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Read on an exception instance, as ProgenyException.TaskMayExist is.")]
    public bool TaskMayExist => true;
}

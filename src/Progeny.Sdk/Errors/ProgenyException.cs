namespace Progeny.Sdk;

/// <summary>The base of every failure that Progeny.Sdk raises. Its message never holds a secret or the holder's data.</summary>
public class ProgenyException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ProgenyException"/> class.</summary>
    public ProgenyException()
        : this("The Progeny request failed.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ProgenyException"/> class.</summary>
    /// <param name="message">What failed.</param>
    public ProgenyException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ProgenyException"/> class.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public ProgenyException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>
    /// Gets a value indicating whether a (paid) task may exist because of the failed call: <see langword="false"/> only
    /// when Progeny refused the request before processing it (400, 401, 403, 413, 415) or it could not be sent at all
    /// (no connection), so that resubmitting cannot pay twice. <see langword="true"/> when the upload was sent and then
    /// broke, timed out, or was answered 5xx, 408 or 429, and whenever a task was already created (a failed wait).
    /// </summary>
    /// <value>Defaults to <see langword="true"/>, the safe answer.</value>
    public bool TaskMayExist
    {
        get => _taskMayExist;
        init => _taskMayExist = value;
    }

    private bool _taskMayExist = true;

    /// <summary>Records that the failed call created no task; returns this exception.</summary>
    internal ProgenyException NoTaskCreated()
    {
        _taskMayExist = false;
        return this;
    }
}

using System.Net;

namespace Progeny.Sdk;

/// <summary>Progeny refused the credentials, or refused a fresh access token. Tried once; not retried.</summary>
public class ProgenyAuthenticationException : ProgenyApiException
{
    /// <summary>Initializes a new instance of the <see cref="ProgenyAuthenticationException"/> class.</summary>
    public ProgenyAuthenticationException()
        : this("Progeny refused the credentials.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ProgenyAuthenticationException"/> class.</summary>
    /// <param name="message">What failed.</param>
    public ProgenyAuthenticationException(string message)
        : base(message, HttpStatusCode.Unauthorized)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ProgenyAuthenticationException"/> class.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public ProgenyAuthenticationException(string message, Exception? innerException)
        : base(message, HttpStatusCode.Unauthorized, null, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ProgenyAuthenticationException"/> class.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="statusCode">The status code of the answer.</param>
    /// <param name="responseExcerpt">The start of the answer's body.</param>
    public ProgenyAuthenticationException(string message, HttpStatusCode statusCode, string? responseExcerpt = null)
        : base(message, statusCode, responseExcerpt)
    {
    }

    /// <summary>
    /// Gets the id of the task whose wait the refusal ended: the task exists and goes on at Progeny, so resume with
    /// <c>WaitForAsync(TaskId)</c> once Progeny accepts the credentials again. <see langword="null"/> when no task was being waited for.
    /// </summary>
    public string? TaskId { get; init; }
}

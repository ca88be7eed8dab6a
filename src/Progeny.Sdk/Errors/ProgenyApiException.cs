using System.Net;

namespace Progeny.Sdk;

/// <summary>The API answered with a status code that is not a success (redirects included: they are not followed).</summary>
public class ProgenyApiException : ProgenyException
{
    /// <summary>Initializes a new instance of the <see cref="ProgenyApiException"/> class.</summary>
    public ProgenyApiException()
        : this("The Progeny API refused the request.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ProgenyApiException"/> class.</summary>
    /// <param name="message">What failed.</param>
    public ProgenyApiException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ProgenyApiException"/> class.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public ProgenyApiException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ProgenyApiException"/> class.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="statusCode">The status code of the answer.</param>
    /// <param name="responseExcerpt">The start of the answer's body, with tokens removed.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ProgenyApiException(string message, HttpStatusCode statusCode, string? responseExcerpt = null, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ResponseExcerpt = responseExcerpt;
    }

    /// <summary>Gets the status code of the answer.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Gets the start of the answer's body (at most a few hundred characters, tokens removed), if it had one.</summary>
    public string? ResponseExcerpt { get; }
}

using System.Net;

namespace Progeny.Sdk;

/// <summary>The API refused a request's fields (HTTP 400), e.g. <c>passport_image</c> → <c>No file was submitted.</c></summary>
public class ProgenyValidationException : ProgenyApiException
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoErrors = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Initializes a new instance of the <see cref="ProgenyValidationException"/> class.</summary>
    public ProgenyValidationException()
        : this("The Progeny API refused the request's fields.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ProgenyValidationException"/> class.</summary>
    /// <param name="message">What failed.</param>
    public ProgenyValidationException(string message)
        : base(message, HttpStatusCode.BadRequest)
    {
        Errors = NoErrors;
    }

    /// <summary>Initializes a new instance of the <see cref="ProgenyValidationException"/> class.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public ProgenyValidationException(string message, Exception? innerException)
        : base(message, HttpStatusCode.BadRequest, null, innerException)
    {
        Errors = NoErrors;
    }

    /// <summary>Initializes a new instance of the <see cref="ProgenyValidationException"/> class.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="errors">The messages of each refused field.</param>
    /// <param name="responseExcerpt">The start of the answer's body.</param>
    public ProgenyValidationException(string message, IReadOnlyDictionary<string, IReadOnlyList<string>> errors, string? responseExcerpt = null)
        : base(message, HttpStatusCode.BadRequest, responseExcerpt)
    {
        ArgumentNullException.ThrowIfNull(errors);
        Errors = errors;
    }

    /// <summary>Gets the messages of each refused field, by field name as the API spells it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Errors { get; }
}

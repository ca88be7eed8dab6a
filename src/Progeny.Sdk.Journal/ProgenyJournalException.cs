namespace Progeny.Sdk;

/// <summary>A journal file cannot be opened: see <see cref="Kind"/>. Its message names no path and no content.</summary>
public class ProgenyJournalException : ProgenyException
{
    /// <summary>Initializes a new instance of the <see cref="ProgenyJournalException"/> class.</summary>
    public ProgenyJournalException()
        : this("The file is not a usable Progeny journal.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ProgenyJournalException"/> class.</summary>
    /// <param name="message">What is wrong with the file.</param>
    public ProgenyJournalException(string message)
        : this(message, null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ProgenyJournalException"/> class.</summary>
    /// <param name="message">What is wrong with the file.</param>
    /// <param name="innerException">The cause.</param>
    public ProgenyJournalException(string message, Exception? innerException)
        : base(message, innerException)
    {
        TaskMayExist = false;
    }

    /// <summary>Gets why the journal cannot be used.</summary>
    public ProgenyJournalErrorKind Kind { get; init; }
}

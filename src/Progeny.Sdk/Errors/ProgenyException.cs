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
}

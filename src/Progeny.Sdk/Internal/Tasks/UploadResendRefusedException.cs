namespace Progeny.Sdk.Internal;

/// <summary>A handler outside the SDK tried to send a paid upload again after it may have reached the server.</summary>
internal sealed class UploadResendRefusedException : Exception
{
    public UploadResendRefusedException()
        : base("A handler around the SDK's HttpClient tried to send the upload again after it may have reached Progeny; the SDK refused.")
    {
    }

    public UploadResendRefusedException(string message)
        : base(message)
    {
    }

    public UploadResendRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

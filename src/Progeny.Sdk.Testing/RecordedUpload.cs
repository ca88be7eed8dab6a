namespace Progeny.Sdk.Testing;

/// <summary>The form of an ocr_passport upload, as the fake server read it. File bytes are kept only as length and SHA-256.</summary>
public sealed class RecordedUpload
{
    internal RecordedUpload(
        RecordedRequest request,
        IReadOnlyDictionary<string, string> fields,
        string? fileName,
        string? contentType,
        long fileLength,
        string? fileSha256,
        string? taskId)
    {
        Request = request;
        Fields = fields;
        FileName = fileName;
        ContentType = contentType;
        FileLength = fileLength;
        FileSha256 = fileSha256;
        TaskId = taskId;
    }

    /// <summary>Gets the request that carried the upload (its authorization, status code, fault).</summary>
    public RecordedRequest Request { get; }

    /// <summary>Gets the plain (non-file) form fields by name, e.g. <c>extend_data</c>; a repeated name keeps its last value.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; }

    /// <summary>Gets the <c>extend_data</c> value as sent, or <see langword="null"/> when absent.</summary>
    public string? ExtendData => Fields.TryGetValue("extend_data", out var value) ? value : null;

    /// <summary>Gets a value indicating whether a <c>passport_image</c> file part was sent.</summary>
    public bool HasFile => FileSha256 is not null;

    /// <summary>Gets the file name of the <c>passport_image</c> part, if one was sent.</summary>
    public string? FileName { get; }

    /// <summary>Gets the content type of the <c>passport_image</c> part, if it had one.</summary>
    public string? ContentType { get; }

    /// <summary>Gets the length of the <c>passport_image</c> file in bytes (0 without a file).</summary>
    public long FileLength { get; }

    /// <summary>Gets the SHA-256 of the <c>passport_image</c> bytes as lowercase hex, or <see langword="null"/> without a file.</summary>
    public string? FileSha256 { get; }

    /// <summary>Gets the id of the task the upload created, or <see langword="null"/> when it was refused.</summary>
    public string? TaskId { get; }
}

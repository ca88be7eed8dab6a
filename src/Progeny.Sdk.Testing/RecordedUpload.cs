namespace Progeny.Sdk.Testing;

/// <summary>
/// The form of an upload to one of the services, as the fake server read it: every file and every text field.
/// <see cref="FileName"/>, <see cref="ContentType"/>, <see cref="FileLength"/> and <see cref="FileSha256"/> describe the
/// service's main image (<c>passport_image</c> for ocr_passport and kyc_passport, <c>front_id</c> for ocr_card and
/// kyc_card, <c>image</c> for the face services); <see cref="Files"/> holds them all.
/// </summary>
public sealed class RecordedUpload
{
    private readonly RecordedFile? _mainFile;

    internal RecordedUpload(RecordedRequest request, FakeService service, IReadOnlyDictionary<string, string> fields, IReadOnlyList<RecordedFile> files, string? mainFile, string? taskId)
    {
        Request = request;
        Service = service;
        Fields = fields;
        Files = files;
        _mainFile = mainFile is null ? null : File(mainFile);
        TaskId = taskId;
    }

    /// <summary>Gets the request that carried the upload (its authorization, status code, fault).</summary>
    public RecordedRequest Request { get; }

    /// <summary>Gets the service the upload was sent to.</summary>
    public FakeService Service { get; }

    /// <summary>Gets the plain (non-file) form fields by name, e.g. <c>extend_data</c>; a repeated name keeps its last value.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; }

    /// <summary>Gets every file part received, in the order they came; a repeated field name keeps its last file.</summary>
    public IReadOnlyList<RecordedFile> Files { get; }

    /// <summary>Gets the <c>extend_data</c> value as sent, or <see langword="null"/> when absent.</summary>
    public string? ExtendData => Fields.TryGetValue("extend_data", out var value) ? value : null;

    /// <summary>Gets a value indicating whether the service's main image was sent as a file part.</summary>
    public bool HasFile => _mainFile is not null;

    /// <summary>Gets the file name of the main image, if one was sent.</summary>
    public string? FileName => _mainFile?.FileName;

    /// <summary>Gets the content type of the main image, if it had one.</summary>
    public string? ContentType => _mainFile?.ContentType;

    /// <summary>Gets the length of the main image in bytes (0 without one).</summary>
    public long FileLength => _mainFile?.Length ?? 0;

    /// <summary>Gets the SHA-256 of the main image as lowercase hex, or <see langword="null"/> without one.</summary>
    public string? FileSha256 => _mainFile?.Sha256;

    /// <summary>Gets the id of the task the upload created, or <see langword="null"/> when it was refused.</summary>
    public string? TaskId { get; }

    /// <summary>Returns the file sent in field <paramref name="fieldName"/>.</summary>
    /// <param name="fieldName">The field name, e.g. <c>selfie_image</c>.</param>
    /// <returns>The file, or <see langword="null"/> when that field carried none.</returns>
    public RecordedFile? File(string fieldName)
    {
        foreach (var file in Files)
        {
            if (string.Equals(file.FieldName, fieldName, StringComparison.Ordinal))
            {
                return file;
            }
        }

        return null;
    }
}

namespace Progeny.Sdk.Testing;

/// <summary>A file part of an upload, as the fake server received it.</summary>
public sealed class RecordedFile
{
    private readonly byte[] _content;

    internal RecordedFile(string fieldName, string fileName, string? contentType, byte[] content, string sha256)
    {
        FieldName = fieldName;
        FileName = fileName;
        ContentType = contentType;
        _content = content;
        Sha256 = sha256;
    }

    /// <summary>Gets the form field name, e.g. <c>selfie_image</c>.</summary>
    public string FieldName { get; }

    /// <summary>Gets the file name the part carried.</summary>
    public string FileName { get; }

    /// <summary>Gets the part's content type, if it had one.</summary>
    public string? ContentType { get; }

    /// <summary>Gets the length in bytes.</summary>
    public long Length => _content.Length;

    /// <summary>Gets the SHA-256 of the bytes as lowercase hex.</summary>
    public string Sha256 { get; }

    /// <summary>Gets the bytes received.</summary>
    public ReadOnlyMemory<byte> Content => _content;

    /// <inheritdoc/>
    public override string ToString() => $"{FieldName}: {Length} bytes";
}

using WireMock;

namespace Progeny.Sdk.Testing.WireMock;

/// <summary>
/// A service submission the stubs received (<c>POST services/...</c>), read from the server's request log: its text
/// fields, its file parts and the answer it got.
/// </summary>
public sealed record StubUpload
{
    /// <summary>Gets the service it was sent to.</summary>
    public required ProgenyEndpoint Endpoint { get; init; }

    /// <summary>Gets the text fields by name, e.g. <c>extend_data</c> → <c>false</c>.</summary>
    public required IReadOnlyDictionary<string, string> Fields { get; init; }

    /// <summary>Gets the file parts by field name, e.g. <c>passport_image</c>.</summary>
    public required IReadOnlyDictionary<string, StubFile> Files { get; init; }

    /// <summary>Gets the status code the stubs answered, or <see langword="null"/> when none was logged.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Gets the task id the stubs answered, or <see langword="null"/> when the submission was refused.</summary>
    public string? TaskId { get; init; }

    /// <summary>Gets the request as WireMock logged it (headers, raw body, time).</summary>
    public required IRequestMessage Request { get; init; }

    /// <summary>Returns the endpoint, the field and file names and the status, never a value.</summary>
    /// <returns>For example <c>OcrPassport: fields [extend_data], files [passport_image], 200</c>.</returns>
    public override string ToString() =>
        $"{Endpoint}: fields [{string.Join(", ", Fields.Keys)}], files [{string.Join(", ", Files.Keys)}], {StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no answer"}";
}

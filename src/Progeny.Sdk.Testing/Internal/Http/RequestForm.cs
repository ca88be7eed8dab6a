using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Progeny.Sdk.Testing.Internal;

/// <summary>
/// A request body read the way Django REST Framework's parsers read it: multipart, urlencoded or JSON. A file part with
/// an empty file name is ignored, as Django does.
/// </summary>
internal sealed class RequestForm
{
    private const int MaxFieldLength = 1024 * 1024;

    private RequestForm()
    {
    }

    /// <summary>Plain values by name; a repeated name keeps its last value.</summary>
    public Dictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>File parts by name; a repeated name keeps its last file.</summary>
    public Dictionary<string, FilePart> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>JSON values that are no string: <c>null</c> → <see langword="null"/>, else the kind's name.</summary>
    public Dictionary<string, JsonValueKind> NonStrings { get; } = new(StringComparer.Ordinal);

    /// <summary>Reads the body, or returns the answer Django REST Framework would give to an unreadable one.</summary>
    public static async Task<(RequestForm? Form, FakeResponse? Refusal)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var form = new RequestForm();
        try
        {
            if (string.IsNullOrEmpty(request.ContentType))
            {
                return request.ContentLength is null or 0 && !request.Headers.ContainsKey(HeaderNames.TransferEncoding)
                    ? (form, null)
                    : (null, UnsupportedMediaType(string.Empty));
            }

            if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType))
            {
                return (null, UnsupportedMediaType(request.ContentType));
            }

            if (mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            {
                var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary);
                if (boundary.Length == 0)
                {
                    return (null, ParseError("Multipart form parse error - Invalid boundary in multipart: None"));
                }

                await form.ReadMultipartAsync(boundary.ToString(), request.Body, cancellationToken).ConfigureAwait(false);
                return (form, null);
            }

            if (mediaType.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
            {
                var values = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
                foreach (var (name, value) in values)
                {
                    form.Fields[name] = value.Count > 0 ? value[^1] ?? string.Empty : string.Empty;
                }

                return (form, null);
            }

            if (mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
            {
                return await form.ReadJsonAsync(request.Body, cancellationToken).ConfigureAwait(false);
            }

            return (null, UnsupportedMediaType(mediaType.MediaType.ToString()));
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, FakeResponse.Nginx(413, FakePages.Nginx(413, "Request Entity Too Large")));
        }
        catch (InvalidDataException exception)
        {
            return (null, ParseError("Multipart form parse error - " + exception.Message));
        }
        catch (IOException exception) when (!request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            // MultipartReader cannot read a part without headers, which is what HttpClient sends for an empty
            // MultipartFormDataContent; Django reads that as an empty form.
            return form.Fields.Count == 0 && form.Files.Count == 0
                ? (form, null)
                : (null, ParseError("Multipart form parse error - " + exception.Message));
        }
    }

    private static FakeResponse UnsupportedMediaType(string mediaType) =>
        FakeResponse.Json(415, FakeJson.Serialize(new Detail($"Unsupported media type \"{mediaType}\" in request."), c => c.Detail));

    private static FakeResponse ParseError(string detail) =>
        FakeResponse.Json(400, FakeJson.Serialize(new Detail(detail), c => c.Detail));

    private async Task ReadMultipartAsync(string boundary, Stream body, CancellationToken cancellationToken)
    {
        var reader = new MultipartReader(boundary, body);
        while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase)
                || HeaderUtilities.RemoveQuotes(disposition.Name) is not { Length: > 0 } nameSegment)
            {
                continue;
            }

            var name = nameSegment.ToString();
            if (disposition.FileName.HasValue || disposition.FileNameStar.HasValue)
            {
                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).ToString();
                var file = await FilePart.ReadAsync(fileName, section.ContentType, section.Body, cancellationToken).ConfigureAwait(false);
                if (fileName.Length > 0)
                {
                    Files[name] = file;
                }

                continue;
            }

            using var text = new StreamReader(section.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 4096, leaveOpen: true);
            var value = await text.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            if (value.Length > MaxFieldLength)
            {
                throw new InvalidDataException($"Field '{name}' is too long.");
            }

            Fields[name] = value;
        }
    }

    private async Task<(RequestForm? Form, FakeResponse? Refusal)> ReadJsonAsync(Stream body, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, default, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException exception)
        {
            return (null, ParseError("JSON parse error - " + exception.Message));
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                var errors = new Dictionary<string, List<string>>
                {
                    ["non_field_errors"] = [$"Invalid data. Expected a dictionary, but got {PythonTypeName(document.RootElement.ValueKind)}."],
                };
                return (null, FakeResponse.Json(400, FakeJson.Serialize(errors, c => c.DictionaryStringListString)));
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                switch (property.Value.ValueKind)
                {
                    case JsonValueKind.String:
                        Fields[property.Name] = property.Value.GetString()!;
                        NonStrings.Remove(property.Name);
                        break;
                    case JsonValueKind.Number:
                        Fields[property.Name] = property.Value.GetRawText();
                        NonStrings.Remove(property.Name);
                        break;
                    default:
                        Fields.Remove(property.Name);
                        NonStrings[property.Name] = property.Value.ValueKind;
                        break;
                }
            }
        }

        return (this, null);
    }

    private static string PythonTypeName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "list",
        JsonValueKind.String => "str",
        JsonValueKind.Number => "int",
        JsonValueKind.True or JsonValueKind.False => "bool",
        _ => "NoneType",
    };
}

/// <summary>An uploaded file, kept whole: name, type, bytes and their SHA-256.</summary>
internal sealed record FilePart(string FileName, string? ContentType, byte[] Content, string Sha256)
{
    public long Length => Content.Length;

    public static async Task<FilePart> ReadAsync(string fileName, string? contentType, Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        var bytes = buffer.ToArray();
        return new FilePart(fileName, contentType, bytes, Hex.Lower(SHA256.HashData(bytes)));
    }
}

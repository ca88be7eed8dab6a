using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Progeny.Sdk.Testing.Internal;

/// <summary>
/// A request body read the way Django REST Framework's parsers read it: multipart (streamed; files kept as length and
/// SHA-256 only), urlencoded or JSON. A file part with an empty file name is ignored, as Django does.
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
            return (null, FakeResponse.Html(413, "<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n<body>\r\n<center><h1>413 Request Entity Too Large</h1></center>\r\n</body>\r\n</html>\r\n"));
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

/// <summary>An uploaded file, kept as what a test asserts on: name, type, length, SHA-256 and its first bytes.</summary>
internal sealed record FilePart(string FileName, string? ContentType, long Length, string Sha256, byte[] Head)
{
    private const int HeadLength = 16;

    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];

    public static async Task<FilePart> ReadAsync(string fileName, string? contentType, Stream content, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        var head = new byte[HeadLength];
        var headLength = 0;
        long length = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (headLength < HeadLength)
            {
                var take = Math.Min(HeadLength - headLength, read);
                buffer.AsSpan(0, take).CopyTo(head.AsSpan(headLength));
                headLength += take;
            }

            hash.AppendData(buffer, 0, read);
            length += read;
        }

        return new FilePart(fileName, contentType, length, Hex.Lower(hash.GetHashAndReset()), head[..headLength]);
    }

    /// <summary>Whether the bytes start like an image Pillow would open: PNG, JPEG, GIF, BMP, WebP or TIFF.</summary>
    public bool LooksLikeImage()
    {
        ReadOnlySpan<byte> head = Head;
        return head.StartsWith(PngMagic)
            || head.StartsWith(JpegMagic)
            || head.StartsWith("GIF8"u8)
            || head.StartsWith("BM"u8)
            || (head.StartsWith("RIFF"u8) && head.Length >= 12 && head[8..12].SequenceEqual("WEBP"u8))
            || head.StartsWith("II*\0"u8)
            || head.StartsWith("MM\0*"u8);
    }
}

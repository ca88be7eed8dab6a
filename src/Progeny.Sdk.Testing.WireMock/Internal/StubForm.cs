using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using WireMock;

namespace Progeny.Sdk.Testing.WireMock.Internal;

/// <summary>
/// A request body read the way Django REST Framework's parsers read it: multipart, urlencoded or a JSON object. A file
/// part with an empty file name is ignored, as Django does; a repeated name keeps its last value.
/// </summary>
internal sealed class StubForm
{
    private StubForm()
    {
    }

    public Dictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, StubFile> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>Reads the logged request's body; <see langword="null"/> with the refusal Django REST Framework would answer.</summary>
    public static StubForm? Read(IRequestMessage request, out ResponseMessage? refusal)
    {
        refusal = null;
        var form = new StubForm();
        var body = request.BodyAsBytes ?? [];
        var contentType = Header(request, HeaderNames.ContentType);
        if (string.IsNullOrEmpty(contentType))
        {
            if (body.Length == 0)
            {
                return form;
            }

            refusal = UnsupportedMediaType(string.Empty);
            return null;
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
        {
            refusal = UnsupportedMediaType(contentType);
            return null;
        }

        try
        {
            switch (mediaType.MediaType.Value?.ToLowerInvariant())
            {
                case "multipart/form-data":
                    var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary);
                    if (boundary.Length == 0)
                    {
                        refusal = ParseError("Multipart form parse error - Invalid boundary in multipart: None");
                        return null;
                    }

                    form.ReadMultipart(boundary.ToString(), body);
                    return form;
                case "application/x-www-form-urlencoded":
                    foreach (var (name, values) in QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body)))
                    {
                        form.Fields[name] = values.Count > 0 ? values[^1] ?? string.Empty : string.Empty;
                    }

                    return form;
                case "application/json":
                    return form.ReadJson(body, out refusal);
                default:
                    refusal = UnsupportedMediaType(mediaType.MediaType.ToString());
                    return null;
            }
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException)
        {
            refusal = ParseError("Multipart form parse error - " + exception.Message);
            return null;
        }
    }

    /// <summary>The value of a request header, looked up without regard to case.</summary>
    public static string? Header(IRequestMessage request, string name) =>
        request.Headers?.FirstOrDefault(header => string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.ToString();

    private static ResponseMessage UnsupportedMediaType(string mediaType) =>
        StubResponses.JsonBody(415, StubJson.Object(("detail", $"Unsupported media type \"{mediaType}\" in request.")));

    private static ResponseMessage ParseError(string detail) => StubResponses.JsonBody(400, StubJson.Object(("detail", detail)));

    private void ReadMultipart(string boundary, byte[] body)
    {
        using var stream = new MemoryStream(body, writable: false);
        var reader = new MultipartReader(boundary, stream);
        while (reader.ReadNextSectionAsync().GetAwaiter().GetResult() is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase)
                || HeaderUtilities.RemoveQuotes(disposition.Name) is not { Length: > 0 } name)
            {
                continue;
            }

            using var content = new MemoryStream();
            section.Body.CopyTo(content);
            if (disposition.FileName.HasValue || disposition.FileNameStar.HasValue)
            {
                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).ToString();
                if (fileName.Length > 0)
                {
                    Files[name.ToString()] = new StubFile { FileName = fileName, ContentType = section.ContentType, Content = content.ToArray() };
                }

                continue;
            }

            Fields[name.ToString()] = Encoding.UTF8.GetString(content.GetBuffer(), 0, (int)content.Length);
        }
    }

    private StubForm? ReadJson(byte[] body, out ResponseMessage? refusal)
    {
        refusal = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                refusal = StubResponses.FieldErrors([KeyValuePair.Create("non_field_errors", "Invalid data. Expected a dictionary.")]);
                return null;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                {
                    Fields[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
                }
            }

            return this;
        }
        catch (JsonException exception)
        {
            refusal = ParseError("JSON parse error - " + exception.Message);
            return null;
        }
    }
}

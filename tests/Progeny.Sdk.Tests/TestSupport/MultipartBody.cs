using System.Text;
using System.Text.RegularExpressions;
using WireMock;

namespace Progeny.Sdk.Tests.TestSupport;

/// <summary>Parses a received <c>multipart/form-data</c> body byte for byte (RFC 7578), so tests can check each part exactly.</summary>
internal static partial class MultipartBody
{
    public static IReadOnlyList<MultipartPart> Parse(IRequestMessage request)
    {
        var contentType = Header(request, "Content-Type") ?? throw new InvalidOperationException("The request has no Content-Type.");
        contentType.ShouldStartWith("multipart/form-data");
        return Parse(request.BodyAsBytes ?? throw new InvalidOperationException("The request has no body."), contentType);
    }

    public static IReadOnlyList<MultipartPart> Parse(byte[] body, string contentType)
    {
        var boundary = BoundaryPattern().Match(contentType) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"No boundary in '{contentType}'.");
        var delimiter = Encoding.ASCII.GetBytes("--" + boundary);
        var parts = new List<MultipartPart>();
        var position = IndexOf(body, delimiter, 0);
        position.ShouldBeGreaterThanOrEqualTo(0, "the body starts with a boundary");
        while (true)
        {
            position += delimiter.Length;
            if (body.AsSpan(position).StartsWith("--"u8))
            {
                break;
            }

            position += 2; // CRLF after the boundary line
            var next = IndexOf(body, delimiter, position);
            next.ShouldBeGreaterThan(position, "every part is followed by a boundary");
            var part = body.AsSpan(position, next - 2 - position); // minus the CRLF before the boundary
            var headerEnd = part.IndexOf("\r\n\r\n"u8);
            headerEnd.ShouldBeGreaterThanOrEqualTo(0, "every part has a header block");
            var headers = Encoding.ASCII.GetString(part[..headerEnd]).Split("\r\n");
            var disposition = headers.Single(h => h.StartsWith("Content-Disposition:", StringComparison.OrdinalIgnoreCase));
            var type = headers.SingleOrDefault(h => h.StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase));
            parts.Add(new MultipartPart(
                Parameter(disposition, "name") ?? throw new InvalidOperationException("A part has no name."),
                Parameter(disposition, "filename"),
                type?["Content-Type:".Length..].Trim(),
                part[(headerEnd + 4)..].ToArray()));
            position = next;
        }

        return parts;
    }

    public static string? Header(IRequestMessage request, string name) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    private static string? Parameter(string disposition, string name)
    {
        var match = Regex.Match(disposition, $@"(?:;|:)\s*{name}=(""(?<quoted>[^""]*)""|(?<plain>[^;\s]*))", RegexOptions.IgnoreCase);
        return !match.Success ? null : match.Groups["quoted"].Success ? match.Groups["quoted"].Value : match.Groups["plain"].Value;
    }

    private static int IndexOf(byte[] haystack, byte[] needle, int start)
    {
        var index = haystack.AsSpan(start).IndexOf(needle);
        return index < 0 ? -1 : start + index;
    }

    [GeneratedRegex(@"boundary=""?([^"";]+)""?", RegexOptions.IgnoreCase)]
    private static partial Regex BoundaryPattern();
}

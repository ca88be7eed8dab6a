using System.Text;

namespace Progeny.Sdk.Benchmarks.Infrastructure;

/// <summary>The API's answers as the documentation shows them (progeny-api.md), as UTF-8 bytes built once.</summary>
internal static class CannedBodies
{
    /// <summary>An unsigned JWT whose <c>exp</c> is 2100-01-01: the token stays cached for the whole run.</summary>
    public static readonly string AccessToken = Jwt("access");

    public static readonly byte[] TokenPair = Encoding.UTF8.GetBytes($$"""{"refresh":"{{Jwt("refresh")}}","access":"{{AccessToken}}"}""");

    public static readonly byte[] Pending = """{"id":2188,"status":"PENDING","result":null}"""u8.ToArray();

    /// <summary>The ocr_passport GET sample, verbatim.</summary>
    public static readonly byte[] Success = Encoding.UTF8.GetBytes(DocumentationSamples.OcrPassportTask);

    public static byte[] CreatedFor(string taskId) => Encoding.UTF8.GetBytes($$"""{"id":"{{taskId}}"}""");

    /// <summary>A small JPEG-looking image: the JPEG magic bytes, then seeded noise.</summary>
    public static byte[] Jpeg(int length, int seed = 42)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        bytes[0] = 0xFF;
        bytes[1] = 0xD8;
        bytes[2] = 0xFF;
        bytes[3] = 0xE0;
        return bytes;
    }

    private static string Jwt(string type)
    {
        static string Part(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return $$"""{{Part("""{"alg":"HS256","typ":"JWT"}""")}}.{{Part($$"""{"token_type":"{{type}}","exp":4102444800,"jti":"bench","user_id":1}""")}}.c2lnbmF0dXJl""";
    }
}

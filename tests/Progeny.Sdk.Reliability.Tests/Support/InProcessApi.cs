using System.Net.Http.Headers;
using System.Text;

namespace Progeny.Sdk.Reliability.Tests.Support;

/// <summary>Answers for an in-process transport: a token pair, JSON bodies, the task id of a status read.</summary>
internal static class InProcessApi
{
    public static readonly Uri BaseAddress = new("http://127.0.0.1:9/api/v3/");

    public static bool IsLogin(HttpRequestMessage request) => request.RequestUri!.AbsolutePath.EndsWith("/accounts/token/obtain/", StringComparison.Ordinal);

    public static bool IsStatusRead(HttpRequestMessage request) => request.RequestUri!.AbsolutePath.EndsWith("/services/task/", StringComparison.Ordinal);

    public static bool IsUpload(HttpRequestMessage request) => request.RequestUri!.AbsolutePath.EndsWith("/services/ocr_passport/", StringComparison.Ordinal);

    public static string TaskId(HttpRequestMessage request) =>
        Uri.UnescapeDataString(request.RequestUri!.Query.TrimStart('?').Split('&').First(p => p.StartsWith("id=", StringComparison.Ordinal))[3..]);

    public static HttpResponseMessage Tokens()
    {
        var expires = DateTimeOffset.UtcNow.AddDays(1).ToUnixTimeSeconds();
        return Json(200, $$"""{"refresh": "{{Jwt("refresh", expires)}}", "access": "{{Jwt("access", expires)}}"}""");
    }

    public static HttpResponseMessage Json(int status, string body) => Json(status, Encoding.UTF8.GetBytes(body));

    public static HttpResponseMessage Json(int status, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpResponseMessage((System.Net.HttpStatusCode)status) { Content = content };
    }

    /// <summary>A body of unknown length (chunked on a real wire): no <c>Content-Length</c>.</summary>
    public static HttpResponseMessage Streamed(int status, Stream body)
    {
        var content = new StreamContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpResponseMessage((System.Net.HttpStatusCode)status) { Content = content };
    }

    public static ClientHarness Client(Func<HttpRequestMessage, HttpResponseMessage> answer, TimeProvider? clock = null, Action<ProgenyClientOptions>? configure = null) =>
        ClientHarness.Create(
            o =>
            {
                o.BaseAddress = BaseAddress;
                o.Username = "user";
                o.Password = "password";
                configure?.Invoke(o);
            },
            clock,
            primary: () => new InProcessHandler(answer));

    private static string Jwt(string type, long expires)
    {
        static string Encode(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return $$"""{{Encode("""{"alg":"HS256","typ":"JWT"}""")}}.{{Encode($$"""{"token_type":"{{type}}","exp":{{expires}},"jti":"{{Guid.NewGuid():N}}","user_id":41}""")}}.c2lnbmF0dXJl""";
    }
}

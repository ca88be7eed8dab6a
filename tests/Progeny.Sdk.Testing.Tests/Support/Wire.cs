using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Progeny.Sdk.Testing.Tests.Support;

/// <summary>Raw HTTP helpers: multipart bodies as a client would send them, logins, JSON and JWT checks.</summary>
internal static class Wire
{
    /// <summary>A real 16×16 JPEG, which the fake's image validation accepts.</summary>
    public static byte[] Jpeg { get; } = SampleImages.Jpeg;

    public static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();

    public static HttpClient Client(ProgenyFakeServer fake, bool followRedirects = true) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = followRedirects }) { BaseAddress = fake.BaseAddress };

    public static MultipartFormDataContent Form(params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    /// <summary>A form with one file part per <paramref name="files"/> entry (image/jpeg unless the name ends in .png) and the text fields.</summary>
    public static MultipartFormDataContent Form(IEnumerable<(string Name, byte[] Content, string FileName)> files, params (string Name, string Value)[] fields)
    {
        var form = Form(fields);
        foreach (var (name, content, fileName) in files)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".png", StringComparison.Ordinal) ? "image/png" : "image/jpeg");
            form.Add(file, name, fileName);
        }

        return form;
    }

    public static MultipartFormDataContent Upload(byte[]? image = null, string fileName = "passport.jpg", string contentType = "image/jpeg", string? extendData = "false")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(image ?? Jpeg);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "passport_image", fileName);
        if (extendData is not null)
        {
            form.Add(new StringContent(extendData), "extend_data");
        }

        return form;
    }

    public static async Task<(string Access, string Refresh)> LoginAsync(HttpClient client, ProgenyFakeServer fake)
    {
        using var response = await client.PostAsync("accounts/token/obtain/", Form(("username", fake.Username), ("password", fake.Password)));
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (body.RootElement.GetProperty("access").GetString()!, body.RootElement.GetProperty("refresh").GetString()!);
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string uri, string? access, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        if (access is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", access);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Uploads the default JPEG with a fresh login and returns the task id.</summary>
    public static async Task<string> SubmitAsync(HttpClient client, string access)
    {
        using var response = await SendAsync(client, HttpMethod.Post, "services/ocr_passport/", access, Upload());
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("id").GetString()!;
    }

    public static async Task<(int Status, string Body)> ReadTaskAsync(HttpClient client, string? access, string taskId)
    {
        using var response = await SendAsync(client, HttpMethod.Get, $"services/task/?id={taskId}", access);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Reads a task once and returns its <c>result.data</c>.</summary>
    public static async Task<JsonElement> ReadTaskUnwrappedAsync(HttpClient client, string access, string taskId)
    {
        var (_, body) = await ReadTaskAsync(client, access, taskId);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("result").GetProperty("data").Clone();
    }

    /// <summary>Compares JSON exactly: same members, same values, same order; whitespace aside.</summary>
    public static void ShouldBeJson(this string actual, string expected) =>
        Compact(actual).ShouldBe(Compact(expected));

    public static string Compact(string json) => JsonNode.Parse(json)!.ToJsonString();

    public static JsonElement JwtPart(string token, int index)
    {
        var part = token.Split('.')[index].Replace('-', '+').Replace('_', '/');
        part = part.PadRight(part.Length + ((4 - (part.Length % 4)) % 4), '=');
        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(part))).RootElement.Clone();
    }

    public static IEnumerable<string> Keys(string json) =>
        JsonDocument.Parse(json).RootElement.EnumerateObject().Select(p => p.Name).ToList();
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Progeny.Sdk.Testing.WireMock.Tests.Support;

/// <summary>Raw HTTP against the stubs, as a client other than the SDK would speak it: multipart forms, logins, JSON and JWT checks.</summary>
internal sealed class Wire(ProgenyStubs progeny) : IDisposable
{
    private readonly HttpClient _client = new() { BaseAddress = progeny.BaseAddress };

    public string? Access { get; set; }

    /// <summary>A multipart form: text fields, and file parts as (name, file name, bytes).</summary>
    public static MultipartFormDataContent Form((string Name, string Value)[] fields, params (string Name, string FileName, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        foreach (var (name, fileName, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".png", StringComparison.Ordinal) ? "image/png" : "image/jpeg");
            form.Add(part, name, fileName);
        }

        return form;
    }

    public static JsonNode Parse(string json) => JsonNode.Parse(json)!;

    /// <summary>Whether two JSON texts hold the same values, member order included.</summary>
    public static void ShouldBeJson(string actual, string expected) =>
        Parse(actual).ToJsonString().ShouldBe(Parse(expected).ToJsonString());

    /// <summary>The claims of a JWT's payload.</summary>
    public static JsonObject Claims(string jwt)
    {
        var payload = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload += new string('=', (4 - (payload.Length % 4)) % 4);
        return JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)))!.AsObject();
    }

    public async Task<(string Access, string Refresh)> LoginAsync()
    {
        var (status, body) = await PostAsync("accounts/token/obtain/", Form([("username", progeny.Options.Username), ("password", progeny.Options.Password)]), bearer: false);
        status.ShouldBe(HttpStatusCode.OK);
        var tokens = Parse(body);
        Access = tokens["access"]!.GetValue<string>();
        return (Access, tokens["refresh"]!.GetValue<string>());
    }

    public Task<(HttpStatusCode Status, string Body)> PostAsync(string path, HttpContent content, bool bearer = true) =>
        SendAsync(HttpMethod.Post, path, content, bearer);

    public Task<(HttpStatusCode Status, string Body)> GetTaskAsync(string taskId) =>
        SendAsync(HttpMethod.Get, "services/task/?id=" + Uri.EscapeDataString(taskId), content: null, bearer: true);

    public async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, HttpContent? content = null, bool bearer = true)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (bearer && Access is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Access);
        }

        return await _client.SendAsync(request);
    }

    public void Dispose() => _client.Dispose();

    private async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpMethod method, string path, HttpContent? content, bool bearer)
    {
        using var response = await SendRawAsync(method, path, content, bearer);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}

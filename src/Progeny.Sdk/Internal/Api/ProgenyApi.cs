using System.Collections.Concurrent;

namespace Progeny.Sdk.Internal;

/// <summary>
/// The Progeny API v3 service endpoints (<c>POST services/&lt;name&gt;/</c>, <c>GET services/task/?id=</c>) on the API's
/// <see cref="HttpClient"/>, sent with the access token by its handlers, without a REST library in between: each
/// endpoint's address is built once per client, and an answer is returned as soon as its headers are in, its body left
/// to the engine (<see cref="TaskUploader"/>, <see cref="TaskPoller"/>), which reads it once. Each service's multipart
/// form is built by the engine (<see cref="ServiceForm"/>) and sent untouched.
/// </summary>
internal sealed class ProgenyApi
{
    private readonly HttpClient _client;
    private readonly string _base;
    private readonly ConcurrentDictionary<string, Uri> _services = new(StringComparer.Ordinal);

    /// <param name="client">The API's client; its <see cref="HttpClient.BaseAddress"/> (set by <see cref="ProgenyHttp.Configure"/>) prefixes every path.</param>
    public ProgenyApi(HttpClient client)
    {
        _client = client;
        _base = client.BaseAddress!.AbsoluteUri.TrimEnd('/');
    }

    /// <summary>Posts a service's form, marked as a paid upload with its guard; the form's owner disposes it.</summary>
    /// <param name="service">The service's API name, e.g. <c>ocr_passport</c>.</param>
    /// <param name="form">The form.</param>
    /// <param name="guard">The upload's guard, for the handlers.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<HttpResponseMessage> SubmitAsync(string service, HttpContent form, UploadGuard guard, CancellationToken cancellationToken)
    {
        var endpoint = _services.GetOrAdd(service, static (name, root) => new Uri($"{root}/services/{name}/", UriKind.Absolute), _base);
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = form };
        request.Options.Set(ProgenyHttp.Upload, guard);
        return _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }

    /// <summary>A task's status; its body is read by the engine, which parses only what the poll needs.</summary>
    /// <param name="id">The task id, already checked (<see cref="TaskId"/>).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<HttpResponseMessage> GetTaskAsync(string id, CancellationToken cancellationToken) =>
        _client.SendAsync(
            new HttpRequestMessage(HttpMethod.Get, new Uri($"{_base}/services/task/?id={Uri.EscapeDataString(id)}", UriKind.Absolute)),
            HttpCompletionOption.ResponseHeadersRead,
            cancellationToken);
}

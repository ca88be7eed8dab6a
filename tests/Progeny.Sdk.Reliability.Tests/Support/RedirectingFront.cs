using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Progeny.Sdk.Reliability.Tests.Support;

/// <summary>
/// A reverse proxy on 127.0.0.1 in front of the fake server that answers one path with a redirect to the same path on
/// the fake (the most tempting target: following it would create a task there) and forwards everything else.
/// </summary>
internal sealed class RedirectingFront : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _forward;

    private RedirectingFront(WebApplication app, HttpClient forward, Uri baseAddress)
    {
        _app = app;
        _forward = forward;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Gets the requests answered with the redirect, as <c>METHOD path</c>.</summary>
    public ConcurrentQueue<string> Redirected { get; } = new();

    public static async Task<RedirectingFront> StartAsync(Uri fakeBaseAddress, string redirectedPath, int statusCode)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var forward = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        var root = new Uri(fakeBaseAddress.GetLeftPart(UriPartial.Authority));
        RedirectingFront? front = null;
        app.Run(async context =>
        {
            var request = context.Request;
            var pathAndQuery = request.Path + request.QueryString;
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            if (request.Path == redirectedPath)
            {
                front!.Redirected.Enqueue($"{request.Method} {request.Path}");
                context.Response.StatusCode = statusCode;
                context.Response.Headers.Location = new Uri(root, pathAndQuery).AbsoluteUri;
                return;
            }

            using var forwarded = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(root, pathAndQuery));
            if (body.Length > 0)
            {
                forwarded.Content = new ByteArrayContent(body.ToArray());
                forwarded.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType!);
            }

            if (request.Headers.Authorization.Count > 0)
            {
                forwarded.Headers.TryAddWithoutValidation("Authorization", request.Headers.Authorization.ToString());
            }

            using var response = await forward.SendAsync(forwarded);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            context.Response.StatusCode = (int)response.StatusCode;
            if (response.Content.Headers.ContentType is { } type)
            {
                context.Response.ContentType = type.ToString();
            }

            context.Response.ContentLength = bytes.Length;
            await context.Response.Body.WriteAsync(bytes);
        });
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        front = new RedirectingFront(app, forward, new Uri($"http://127.0.0.1:{address.Port}/api/v3/"));
        return front;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _forward.Dispose();
    }
}

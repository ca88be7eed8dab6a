using System.Net;
using Progeny.Sdk.Internal;

namespace Progeny.Sdk.Tests.Internal;

public sealed class ResponseSizeLimitHandlerTests
{
    private const int Limit = (int)ResponseSizeLimitHandler.MaxResponseBytes;

    [Fact]
    public async Task SendAsync_DeclaredLengthOverLimit_Throws()
    {
        using var client = Client(() => new ByteArrayContent(new byte[Limit + 1]));

        var failure = await Should.ThrowAsync<HttpRequestException>(() => client.GetAsync(new Uri("http://127.0.0.1/")));

        failure.HttpRequestError.ShouldBe(HttpRequestError.InvalidResponse);
    }

    [Fact]
    public async Task SendAsync_DeclaredLengthWithinLimit_BodyReadsWhole()
    {
        using var client = Client(() => new ByteArrayContent(new byte[Limit]));

        var body = await client.GetByteArrayAsync(new Uri("http://127.0.0.1/"));

        body.Length.ShouldBe(Limit);
    }

    [Fact]
    public async Task SendAsync_UnknownLengthOverLimit_ThrowsWhileReading()
    {
        using var client = Client(() => new StreamContent(new ForwardOnlyStream(new MemoryStream(new byte[Limit + 1]))));
        using var response = await client.GetAsync(new Uri("http://127.0.0.1/"), HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();

        var failure = await Should.ThrowAsync<HttpRequestException>(() => body.CopyToAsync(Stream.Null));

        failure.HttpRequestError.ShouldBe(HttpRequestError.InvalidResponse);
    }

    [Fact]
    public async Task SendAsync_UnknownLengthWithinLimit_BodyReadsWhole()
    {
        using var client = Client(() => new StreamContent(new ForwardOnlyStream(new MemoryStream(new byte[Limit]))));

        var body = await client.GetByteArrayAsync(new Uri("http://127.0.0.1/"));

        body.Length.ShouldBe(Limit);
    }

    private static HttpClient Client(Func<HttpContent> content) =>
        new(new ResponseSizeLimitHandler { InnerHandler = new ContentHandler(content) });

    private sealed class ContentHandler(Func<HttpContent> content) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content() });
    }
}

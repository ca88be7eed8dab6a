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
        using var client = Client(() => new StreamContent(new UnknownLengthStream(Limit + 1)));
        using var response = await client.GetAsync(new Uri("http://127.0.0.1/"), HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();

        var failure = await Should.ThrowAsync<HttpRequestException>(() => body.CopyToAsync(Stream.Null));

        failure.HttpRequestError.ShouldBe(HttpRequestError.InvalidResponse);
    }

    [Fact]
    public async Task SendAsync_UnknownLengthWithinLimit_BodyReadsWhole()
    {
        using var client = Client(() => new StreamContent(new UnknownLengthStream(Limit)));

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

    /// <summary>A forward-only body of a given size whose length is not known in advance, like a chunked response.</summary>
    private sealed class UnknownLengthStream(int size) : Stream
    {
        private int _left = size;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = Math.Min(count, _left);
            _left -= read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

using System.Net;

namespace Progeny.Sdk.Internal;

/// <summary>
/// Caps every API answer's body (token and task JSON, error bodies) at <see cref="MaxResponseBytes"/>, or the
/// <see cref="ProgenyHttp.MaxResponseBytes"/> request option (portraits): a larger declared length fails at once, a larger
/// body of unknown length fails while it is read, so a hostile or broken server cannot make the client buffer without bound.
/// </summary>
internal sealed class ResponseSizeLimitHandler : DelegatingHandler
{
    public const long MaxResponseBytes = 1024 * 1024;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var limit = request.Options.TryGetValue(ProgenyHttp.MaxResponseBytes, out var requested) ? requested : MaxResponseBytes;
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var length = response.Content.Headers.ContentLength;
        if (length > limit)
        {
            response.Content.Dispose();
            response.Content = new StringContent(string.Empty);
            throw new HttpRequestException(HttpRequestError.InvalidResponse, "The response body is larger than the SDK accepts.", statusCode: response.StatusCode);
        }

        // A declared length within the limit already bounds the body: the transport reads no byte past Content-Length.
        // Only a body of unknown length (chunked, or read until the connection closes) needs counting as it is read.
        if (length is null)
        {
            response.Content = new LimitedContent(response.Content, limit);
        }

        return response;
    }

    /// <summary>Wraps an answer's content; reading it past the limit throws.</summary>
    private sealed class LimitedContent : HttpContent
    {
        private readonly HttpContent _inner;
        private readonly long _limit;

        public LimitedContent(HttpContent inner, long limit)
        {
            _inner = inner;
            _limit = limit;
            foreach (var header in inner.Headers)
            {
                Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        protected override async Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) =>
            new LimitedReadStream(await _inner.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), _limit);

        protected override Task<Stream> CreateContentReadStreamAsync() => CreateContentReadStreamAsync(CancellationToken.None);

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            var source = await CreateContentReadStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (source.ConfigureAwait(false))
            {
                await source.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}

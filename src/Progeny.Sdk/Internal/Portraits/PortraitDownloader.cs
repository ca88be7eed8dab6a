namespace Progeny.Sdk.Internal;

/// <summary>
/// Downloads a document's portrait safely: absolute https addresses (loopback excepted) at the API's own scheme, host and
/// port or on an allowed host at its default port only, no redirects, the size capped, PNG or JPEG bytes only, the access
/// token only to the API's own address and only when configured, the address in no log line or span.
/// </summary>
internal sealed class PortraitDownloader(ProgenyConnection connection)
{
    /// <summary>The largest portrait accepted, whatever <see cref="ProgenyClientOptions.MaxImageBytes"/> allows uploads: 10 MiB.</summary>
    public const long MaxPortraitBytes = 10 * 1024 * 1024;

    public async Task<ProgenyPortrait> DownloadAsync(Uri portraitUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(portraitUrl);
        connection.ThrowIfDisposed();
        var isApi = EnsureAllowed(portraitUrl);
        using var operation = new ProgenyOperation("portrait", service: null, connection.TimeProvider);
        try
        {
            return operation.Succeeded(await DownloadCoreAsync(portraitUrl, isApi, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception exception) when (operation.Failed(exception))
        {
            throw;
        }
    }

    /// <summary>Refuses an address the client must not request; returns whether it is the API's own scheme, host and port.</summary>
    private bool EnsureAllowed(Uri portraitUrl)
    {
        if (!portraitUrl.IsAbsoluteUri)
        {
            throw new ArgumentException("The portrait address must be absolute.", nameof(portraitUrl));
        }

        if (portraitUrl.Scheme != Uri.UriSchemeHttps && !(portraitUrl.Scheme == Uri.UriSchemeHttp && portraitUrl.IsLoopback))
        {
            throw new ArgumentException("The portrait address must use https (plain http is accepted for loopback hosts only).", nameof(portraitUrl));
        }

        var api = connection.Options.BaseAddress;
        var host = portraitUrl.IdnHost;
        var isApi = portraitUrl.Scheme == api.Scheme && portraitUrl.Port == api.Port && string.Equals(host, api.IdnHost, StringComparison.OrdinalIgnoreCase);
        if (!isApi && !(portraitUrl.IsDefaultPort && connection.Options.PortraitHosts.Contains(host, StringComparer.OrdinalIgnoreCase)))
        {
            throw new ArgumentException(
                $"The portrait address is neither the API's own (scheme, host and port) nor on one of ProgenyClientOptions.PortraitHosts at its default port (host '{host}'); nothing was requested.",
                nameof(portraitUrl));
        }

        return isApi;
    }

    private async Task<ProgenyPortrait> DownloadCoreAsync(Uri portraitUrl, bool isApi, CancellationToken cancellationToken)
    {
        var options = connection.Options;
        using var request = new HttpRequestMessage(HttpMethod.Get, portraitUrl);
        request.Options.Set(ProgenyHttp.WithoutToken, !(options.AuthenticatePortraitDownloads && isApi));
        request.Options.Set(ProgenyHttp.MaxResponseBytes, MaxPortraitBytes);
        request.Headers.Accept.ParseAdd("image/png, image/jpeg");
        using var timeout = new TimeoutScope(options.RequestTimeout, connection.TimeProvider, cancellationToken);
        byte[] content;
        try
        {
            using var response = await connection.PortraitClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var code = (int)response.StatusCode;
                throw new ProgenyApiException(
                    code is >= 300 and < 400
                        ? $"Could not download the portrait: the server answered a redirect ({code}), which is not followed."
                        : $"Could not download the portrait: the server answered {code} {response.ReasonPhrase}.",
                    response.StatusCode);
            }

            content = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not ProgenyException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw new ProgenyException(
                "Could not download the portrait: the server could not be reached, did not answer in time, or sent more than 10 MiB.",
                exception as HttpRequestException);
        }

        var contentType = content.AsSpan().StartsWith(ImageUpload.PngMagic) ? "image/png"
            : content.AsSpan().StartsWith(ImageUpload.JpegMagic) ? "image/jpeg"
            : throw new ProgenyException("The downloaded portrait is neither PNG nor JPEG.");
        return new ProgenyPortrait { Content = content, ContentType = contentType };
    }
}

namespace Progeny.Sdk.Internal;

/// <summary>
/// Downloads a document's portrait safely: absolute https addresses (loopback excepted) on the API's host or an allowed
/// host only, no redirects, the size capped, PNG or JPEG bytes only, the access token only when configured.
/// </summary>
internal sealed class PortraitDownloader(ProgenyConnection connection)
{
    /// <summary>The largest portrait accepted, whatever <see cref="ProgenyClientOptions.MaxImageBytes"/> allows uploads: 10 MiB.</summary>
    public const long MaxPortraitBytes = 10 * 1024 * 1024;

    public async Task<ProgenyPortrait> DownloadAsync(Uri portraitUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(portraitUrl);
        connection.ThrowIfDisposed();
        EnsureAllowed(portraitUrl);
        using var operation = new ProgenyOperation("portrait", service: null, connection.TimeProvider);
        try
        {
            return operation.Succeeded(await DownloadCoreAsync(portraitUrl, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception exception) when (operation.Failed(exception))
        {
            throw;
        }
    }

    private void EnsureAllowed(Uri portraitUrl)
    {
        if (!portraitUrl.IsAbsoluteUri)
        {
            throw new ArgumentException("The portrait address must be absolute.", nameof(portraitUrl));
        }

        if (portraitUrl.Scheme != Uri.UriSchemeHttps && !(portraitUrl.Scheme == Uri.UriSchemeHttp && portraitUrl.IsLoopback))
        {
            throw new ArgumentException("The portrait address must use https (plain http is accepted for loopback hosts only).", nameof(portraitUrl));
        }

        var host = portraitUrl.IdnHost;
        if (!string.Equals(host, connection.Options.BaseAddress.IdnHost, StringComparison.OrdinalIgnoreCase)
            && !connection.Options.PortraitHosts.Contains(host, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                $"The portrait host '{host}' is neither the API's host nor one of ProgenyClientOptions.PortraitHosts; nothing was requested.",
                nameof(portraitUrl));
        }
    }

    private async Task<ProgenyPortrait> DownloadCoreAsync(Uri portraitUrl, CancellationToken cancellationToken)
    {
        var options = connection.Options;
        using var request = new HttpRequestMessage(HttpMethod.Get, portraitUrl);
        request.Options.Set(ProgenyHttp.WithoutToken, !options.AuthenticatePortraitDownloads);
        request.Options.Set(ProgenyHttp.MaxResponseBytes, MaxPortraitBytes);
        request.Headers.Accept.ParseAdd("image/png, image/jpeg");
        using var timeout = new TimeoutScope(options.RequestTimeout, connection.TimeProvider, cancellationToken);
        byte[] content;
        try
        {
            using var response = await connection.HttpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
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

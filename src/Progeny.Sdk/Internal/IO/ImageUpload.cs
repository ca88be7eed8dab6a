using System.Globalization;

namespace Progeny.Sdk.Internal;

/// <summary>An image opened for one upload: its checked content, file name and media type.</summary>
internal sealed class ImageUpload : IAsyncDisposable
{
    public static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];

    private readonly IDisposable? _owned;

    public ImageUpload(Stream content, string fileName, IDisposable? owned)
    {
        Content = content;
        FileName = fileName;
        _owned = owned;
    }

    public Stream Content { get; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; } = "application/octet-stream";

    public static ArgumentException TooLarge(long maxBytes) => new(
        string.Create(CultureInfo.InvariantCulture, $"The image is larger than MaxImageBytes ({maxBytes} bytes)."));

    /// <summary>Checks the size and the magic bytes, then rewinds.</summary>
    public async Task<ImageUpload> CheckAsync(long maxBytes, CancellationToken cancellationToken)
    {
        var length = Content.Length;
        if (length == 0)
        {
            throw new ArgumentException("The image is empty.");
        }

        if (length > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        var header = new byte[8];
        var read = await Content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        Content.Position = 0;
        var magic = header.AsSpan(0, read);
        if (magic.StartsWith(PngMagic))
        {
            ContentType = "image/png";
        }
        else if (magic.StartsWith(JpegMagic))
        {
            ContentType = "image/jpeg";
        }
        else
        {
            throw new ArgumentException("The image is neither PNG nor JPEG: its first bytes match neither format.");
        }

        FileName = SafeFileName(FileName, ContentType);
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        if (_owned is IAsyncDisposable asyncOwned)
        {
            await asyncOwned.DisposeAsync().ConfigureAwait(false);
        }
        else
        {
            _owned?.Dispose();
        }
    }

    /// <summary>Keeps a printable ASCII file name for the multipart header; anything else becomes a neutral name.</summary>
    private static string SafeFileName(string fileName, string contentType)
    {
        foreach (var c in fileName)
        {
            if (c is < ' ' or > '~' or '"' or '\\')
            {
                return contentType == "image/png" ? "image.png" : "image.jpg";
            }
        }

        return fileName;
    }
}

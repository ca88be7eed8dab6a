namespace Progeny.Sdk.Internal;

/// <summary>A form ready to send: its multipart body and the images it reads, closed together.</summary>
internal sealed class OpenedForm : IAsyncDisposable
{
    public MultipartFormDataContent Content { get; } = new();

    public List<ImageUpload> Images { get; } = new(3);

    /// <summary>Gets the bytes of all images, for the log.</summary>
    public long ImageBytes => Images.Sum(image => image.Content.Length);

    public async ValueTask DisposeAsync()
    {
        Content.Dispose();
        foreach (var image in Images)
        {
            await image.DisposeAsync().ConfigureAwait(false);
        }
    }
}

using System.Buffers;
using System.Globalization;
using System.Net.Http.Headers;

namespace Progeny.Sdk.Internal;

/// <summary>
/// The multipart form of one service request, as its definition describes it: image files and text fields, in order.
/// Every image is prepared and checked before the body exists, so that one bad image sends nothing.
/// </summary>
internal sealed class ServiceForm
{
    private const int MaxTextLength = 4096;

    /// <summary>The characters <see cref="char.IsControl(char)"/> names: U+0000–U+001F and U+007F–U+009F.</summary>
    private static readonly SearchValues<char> ControlCharacters = SearchValues.Create([.. Enumerable.Range(0, 0xA0).Select(static c => (char)c).Where(char.IsControl)]);

    private readonly List<Field> _fields = new(4);

    /// <summary>Adds an image as a file part.</summary>
    /// <param name="name">The wire field, e.g. <c>passport_image</c>.</param>
    /// <param name="image">The image.</param>
    /// <param name="parameter">The request's property, named in an error, e.g. <c>PassportImage</c>.</param>
    public ServiceForm Image(string name, ProgenyImage? image, string parameter)
    {
        ArgumentNullException.ThrowIfNull(image, parameter);
        _fields.Add(new Field(name, parameter, image, Text: null));
        return this;
    }

    /// <summary>Adds a text field; empty text, control characters and text over 4096 characters are refused.</summary>
    public ServiceForm Text(string name, string? value, string parameter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, parameter);
        if (value.Length > MaxTextLength || value.AsSpan().ContainsAny(ControlCharacters))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The value holds control characters or is longer than {MaxTextLength} characters."), parameter);
        }

        _fields.Add(new Field(name, parameter, Image: null, value));
        return this;
    }

    /// <summary>Adds a boolean as the API spells it: <c>"true"</c> or <c>"false"</c>.</summary>
    public ServiceForm Flag(string name, bool value, string parameter) => Text(name, value ? "true" : "false", parameter);

    /// <summary>Prepares and checks every image, then builds the body (with a random boundary). Dispose the result.</summary>
    /// <exception cref="ArgumentException">An image is empty, not PNG or JPEG, or too large; it names the request's property.</exception>
    public async ValueTask<OpenedForm> OpenAsync(IProgenyImagePreparer? preparer, long maxImageBytes, CancellationToken cancellationToken)
    {
        var opened = new OpenedForm();
        try
        {
            foreach (var field in _fields)
            {
                if (field.Image is not { } image)
                {
                    opened.Content.Add(new StringContent(field.Text!), field.Name);
                    continue;
                }

                var upload = await OpenImageAsync(field, image, preparer, maxImageBytes, cancellationToken).ConfigureAwait(false);
                opened.Images.Add(upload);
                var part = new StreamContent(upload.Content);
                part.Headers.ContentType = new MediaTypeHeaderValue(upload.ContentType);
                opened.Content.Add(part, field.Name, upload.FileName);
            }

            return opened;
        }
        catch
        {
            await opened.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async ValueTask<ImageUpload> OpenImageAsync(Field field, ProgenyImage image, IProgenyImagePreparer? preparer, long maxImageBytes, CancellationToken cancellationToken)
    {
        try
        {
            if (preparer is not null)
            {
                image = await preparer.PrepareAsync(image, cancellationToken).ConfigureAwait(false);
            }

            return await image.OpenAsync(maxImageBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException exception) when (exception.ParamName is null)
        {
            throw new ArgumentException(exception.Message, field.Parameter, exception);
        }
    }

    private readonly record struct Field(string Name, string Parameter, ProgenyImage? Image, string? Text);
}

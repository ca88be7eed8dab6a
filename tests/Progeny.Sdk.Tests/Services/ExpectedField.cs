namespace Progeny.Sdk.Tests.Services;

/// <summary>A form field a service must send: a file part with its bytes and media type, or a text value.</summary>
internal sealed record ExpectedField(string Name, byte[]? File, string? ContentType, string? Text)
{
    public static ExpectedField Image(string name, byte[] bytes, string contentType) => new(name, bytes, contentType, Text: null);

    public static ExpectedField Value(string name, string text) => new(name, File: null, ContentType: null, text);
}

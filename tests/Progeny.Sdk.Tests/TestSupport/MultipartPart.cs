namespace Progeny.Sdk.Tests.TestSupport;

/// <summary>One part of a <c>multipart/form-data</c> body as it arrived.</summary>
internal sealed record MultipartPart(string Name, string? FileName, string? ContentType, byte[] Content)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Content);
}

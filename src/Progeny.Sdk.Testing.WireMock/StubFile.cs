namespace Progeny.Sdk.Testing.WireMock;

/// <summary>A file part of an upload the stubs received.</summary>
public sealed record StubFile
{
    /// <summary>Gets the part's file name, e.g. <c>passport.jpg</c>.</summary>
    public required string FileName { get; init; }

    /// <summary>Gets the part's <c>Content-Type</c>, e.g. <c>image/jpeg</c>, or <see langword="null"/> when it had none.</summary>
    public string? ContentType { get; init; }

    /// <summary>Gets the bytes received.</summary>
    public required ReadOnlyMemory<byte> Content { get; init; }

    /// <summary>Returns the part's name and size, never its bytes.</summary>
    /// <returns>For example <c>passport.jpg (image/jpeg, 160 bytes)</c>.</returns>
    public override string ToString() => $"{FileName} ({ContentType ?? "no content type"}, {Content.Length} bytes)";
}

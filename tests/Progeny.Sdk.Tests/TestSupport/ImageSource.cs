namespace Progeny.Sdk.Tests.TestSupport;

/// <summary>Where a test image comes from: each <see cref="ProgenyImage"/> factory, streams seekable or not.</summary>
public enum ImageSource
{
    Bytes,
    SeekableStream,
    ForwardOnlyStream,
    File,
}

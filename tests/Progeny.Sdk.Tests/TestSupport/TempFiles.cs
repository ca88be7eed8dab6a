namespace Progeny.Sdk.Tests.TestSupport;

/// <summary>A temporary directory for image files, deleted on dispose.</summary>
internal sealed class TempFiles : IDisposable
{
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("progeny-tests-").FullName;

    public string Write(string fileName, byte[] bytes)
    {
        var path = Path.Combine(Directory, fileName);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Makes a <see cref="ProgenyImage"/> named <paramref name="fileName"/> holding <paramref name="bytes"/>, from <paramref name="source"/>.</summary>
    public ProgenyImage Image(ImageSource source, byte[] bytes, string fileName = "passport.jpg") => source switch
    {
        ImageSource.Bytes => ProgenyImage.FromBytes(bytes, fileName),
        ImageSource.SeekableStream => ProgenyImage.FromStream(new MemoryStream(bytes), fileName),
        ImageSource.ForwardOnlyStream => ProgenyImage.FromStream(new ForwardOnlyStream(new MemoryStream(bytes)), fileName),
        _ => ProgenyImage.FromFile(Write(fileName, bytes)),
    };

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}

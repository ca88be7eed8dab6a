namespace Progeny.Cli.Tests;

/// <summary>A file part of an upload, as received.</summary>
public sealed record UploadedFile(string FieldName, string FileName, string ContentType, byte[] Content)
{
    /// <summary>Asserts that the part carries exactly the bytes of <paramref name="path"/>, as a JPEG.</summary>
    public void ShouldBeTheJpeg(string path)
    {
        Content.ShouldBe(System.IO.File.ReadAllBytes(path), $"{FieldName} carries the bytes of {path}");
        ContentType.ShouldBe("image/jpeg");
        FileName.ShouldBe(Path.GetFileName(path));
    }
}

using Progeny.Sdk.Testing;

namespace Progeny.Cli.Tests;

public static class RecordedFileAssertions
{
    /// <summary>Asserts that the part carries exactly the bytes of <paramref name="path"/>, as a JPEG under its file name.</summary>
    public static void ShouldBeTheJpeg(this RecordedFile? file, string path)
    {
        file.ShouldNotBeNull($"a file part for {path}");
        file.Content.ToArray().ShouldBe(File.ReadAllBytes(path), $"{file.FieldName} carries the bytes of {path}");
        file.ContentType.ShouldBe("image/jpeg");
        file.FileName.ShouldBe(Path.GetFileName(path));
    }
}

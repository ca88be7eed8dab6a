namespace Progeny.Cli.Tests;

/// <summary>An upload that <see cref="ServiceRoutesDouble"/> answered: its service, text fields and files.</summary>
public sealed record DoubleUpload(string Service, IReadOnlyDictionary<string, string> Fields, IReadOnlyList<UploadedFile> Files)
{
    /// <summary>Gets the file sent under <paramref name="fieldName"/>, failing the test when there is none.</summary>
    public UploadedFile File(string fieldName) => Files.Where(file => file.FieldName == fieldName).ShouldHaveSingleItem($"one file part {fieldName}");
}

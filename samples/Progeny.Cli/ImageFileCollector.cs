namespace Progeny.Cli;

/// <summary>Expands the paths given to <c>progeny passport</c>: files as they are, folders into their images.</summary>
internal static class ImageFileCollector
{
    private static readonly string[] ImageExtensions = [".jpg", ".jpeg", ".png"];

    /// <summary>Expands paths into image files, in the order given (a folder's files by name), without duplicates.</summary>
    /// <param name="paths">Files and folders.</param>
    /// <param name="problems">Paths that are neither a file nor a folder of images, each said for a person.</param>
    /// <returns>The files to read.</returns>
    public static IReadOnlyList<DocumentRequest> Collect(IEnumerable<string> paths, out IReadOnlyList<string> problems)
    {
        var requests = new List<DocumentRequest>();
        var found = new List<string>();
        var seen = new HashSet<string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        void Add(string path)
        {
            if (seen.Add(Path.GetFullPath(path)))
            {
                requests.Add(DocumentRequest.ForFile(path));
            }
        }

        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                Add(path);
            }
            else if (Directory.Exists(path))
            {
                var images = Directory.EnumerateFiles(path)
                    .Where(file => ImageExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (images.Count == 0)
                {
                    found.Add($"{path}: the folder holds no .jpg, .jpeg or .png file.");
                }

                images.ForEach(Add);
            }
            else
            {
                found.Add($"{path}: file not found.");
            }
        }

        problems = found;
        return requests;
    }
}

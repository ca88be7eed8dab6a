namespace Progeny.Cli;

/// <summary>Expands the image paths given on the command line: folders into their image files.</summary>
internal static class ImageFiles
{
    private static readonly string[] ImageExtensions = [".jpg", ".jpeg", ".png"];

    /// <summary>Expands files and folders into image files, in the order given (a folder's files by name), without duplicates.</summary>
    /// <param name="paths">Files and folders.</param>
    /// <param name="problems">Receives the folders that hold no image or cannot be read, each said for a person.</param>
    /// <returns>The files to read.</returns>
    public static IReadOnlyList<string> Collect(IEnumerable<string> paths, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(problems);
        var files = new List<string>();
        var seen = new HashSet<string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        void Add(string path)
        {
            if (seen.Add(Path.GetFullPath(path)))
            {
                files.Add(path);
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
                List<string> images;
                try
                {
                    images = Directory.EnumerateFiles(path)
                        .Where(file => ImageExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
                        .Order(StringComparer.Ordinal)
                        .ToList();
                }
                catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
                {
                    problems.Add($"{path}: the folder cannot be read: {exception.Message}");
                    continue;
                }

                if (images.Count == 0)
                {
                    problems.Add($"{path}: the folder holds no .jpg, .jpeg or .png file.");
                }

                images.ForEach(Add);
            }
            else
            {
                Add(path); // the check before the first upload says what it is: not found, unreadable, …
            }
        }

        return files;
    }
}

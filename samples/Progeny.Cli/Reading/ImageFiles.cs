namespace Progeny.Cli;

/// <summary>Checks and expands the image paths given on the command line, before anything is uploaded.</summary>
internal static class ImageFiles
{
    private static readonly string[] ImageExtensions = [".jpg", ".jpeg", ".png"];

    /// <summary>Checks that a path names a file.</summary>
    /// <param name="path">The path, as given.</param>
    /// <param name="problems">Receives what is wrong with it, said for a person.</param>
    /// <returns><paramref name="path"/>.</returns>
    public static string Check(string path, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (!File.Exists(path))
        {
            problems.Add(Directory.Exists(path) ? $"{path}: a folder, not an image file." : $"{path}: file not found.");
        }

        return path;
    }

    /// <summary>Expands files and folders into image files, in the order given (a folder's files by name), without duplicates.</summary>
    /// <param name="paths">Files and folders.</param>
    /// <param name="problems">Receives the paths that are neither a file nor a folder of images, each said for a person.</param>
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
                var images = Directory.EnumerateFiles(path)
                    .Where(file => ImageExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (images.Count == 0)
                {
                    problems.Add($"{path}: the folder holds no .jpg, .jpeg or .png file.");
                }

                images.ForEach(Add);
            }
            else
            {
                problems.Add($"{path}: file not found.");
            }
        }

        return files;
    }
}

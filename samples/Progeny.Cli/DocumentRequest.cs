namespace Progeny.Cli;

/// <summary>One document to read: an image file to upload, or a task submitted earlier to wait for.</summary>
/// <param name="DisplayName">How the person knows it: the file's path as given, or the task id.</param>
/// <param name="FilePath">The image file to upload, or <see langword="null"/> to wait for <paramref name="TaskId"/>.</param>
/// <param name="TaskId">The task to wait for, or <see langword="null"/> for a file not uploaded yet.</param>
internal sealed record DocumentRequest(string DisplayName, string? FilePath, string? TaskId)
{
    /// <summary>Creates a request to upload and read an image file.</summary>
    /// <param name="path">The file's path, as the person gave it.</param>
    /// <returns>The request.</returns>
    public static DocumentRequest ForFile(string path) => new(path, path, null);

    /// <summary>Creates a request to wait for a task submitted earlier.</summary>
    /// <param name="taskId">The task's id.</param>
    /// <returns>The request.</returns>
    public static DocumentRequest ForTask(string taskId) => new(taskId, null, taskId);
}

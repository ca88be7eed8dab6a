using Progeny.Sdk;

namespace Progeny.Cli;

/// <summary>One input of a run: a request to upload, or a task submitted earlier to wait for.</summary>
/// <typeparam name="TRequest">The service's request.</typeparam>
/// <param name="DisplayName">How the person knows it: the files as given, or the task id.</param>
/// <param name="Files">The image files the request sends (none for a task to wait for, or a service without images).</param>
/// <param name="CreateRequest">Makes the request from the checked images of <paramref name="Files"/>, in their order; <see langword="null"/> to wait for <paramref name="TaskId"/>.</param>
/// <param name="TaskId">The task to wait for, or <see langword="null"/> for a request not uploaded yet.</param>
internal sealed record TaskInput<TRequest>(string DisplayName, IReadOnlyList<InputFile> Files, Func<IReadOnlyList<ProgenyImage>, TRequest>? CreateRequest, string? TaskId)
    where TRequest : class
{
    /// <summary>
    /// Gets the input's key in a journal (<c>--journal</c>): its files as given, by default; with the request's values
    /// that are not images too (a face id, a name), so that different requests never share an entry.
    /// </summary>
    public string JournalKey { get; init; } = DisplayName;

    /// <summary>The input's files as they are on disk, not prepared: what a journal hashes to know the input again.</summary>
    /// <returns>One image per file, in order.</returns>
    public IReadOnlyList<ProgenyImage> OriginalImages() => [.. Files.Select(file => ProgenyImage.FromFile(file.Path))];

    /// <summary>Creates an input that uploads a request of image files, known by their paths.</summary>
    /// <param name="createRequest">Makes the request from the checked images, in the order of <paramref name="files"/>.</param>
    /// <param name="files">The files it sends.</param>
    /// <returns>The input.</returns>
    public static TaskInput<TRequest> Upload(Func<IReadOnlyList<ProgenyImage>, TRequest> createRequest, params IReadOnlyList<InputFile> files) =>
        new(string.Join(" + ", files.Select(file => file.Path)), files, createRequest, null);

    /// <summary>Creates an input that waits for a task submitted earlier.</summary>
    /// <param name="taskId">The task's id.</param>
    /// <returns>The input.</returns>
    public static TaskInput<TRequest> ForTask(string taskId) => new(taskId, [], null, taskId);
}

namespace Progeny.Cli;

/// <summary>Where one document is on its way through Progeny.</summary>
internal enum DocumentStage
{
    /// <summary>Waiting for a free slot (see <c>--concurrency</c>).</summary>
    Queued,

    /// <summary>The image is being sent.</summary>
    Uploading,

    /// <summary>The task exists; polling its status (<c>PENDING</c>, <c>STARTED</c>, …).</summary>
    Waiting,

    /// <summary>The document was read.</summary>
    Done,

    /// <summary>The document could not be read.</summary>
    Failed,
}

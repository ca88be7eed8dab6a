namespace Progeny.Cli;

/// <summary>Where one input is on its way through Progeny.</summary>
internal enum TaskStage
{
    /// <summary>Waiting for a free slot (see <c>--concurrency</c>).</summary>
    Queued,

    /// <summary>The request is being sent.</summary>
    Uploading,

    /// <summary>The task exists; polling its status (<c>PENDING</c>, <c>STARTED</c>, …).</summary>
    Waiting,

    /// <summary>The task ended with its answer.</summary>
    Done,

    /// <summary>The input has no answer: see its <see cref="TaskFailure"/>.</summary>
    Failed,
}

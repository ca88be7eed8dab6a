namespace Progeny.Cli;

/// <summary>Shows, on stderr, where each document of a run is.</summary>
internal interface IDocumentProgress
{
    /// <summary>Reports that a document moved on.</summary>
    /// <param name="index">The document's position in the run.</param>
    /// <param name="stage">Where it is now.</param>
    /// <param name="taskId">Its task id, once a task exists.</param>
    /// <param name="taskStatus">The task status Progeny last reported, e.g. <c>PENDING</c>.</param>
    void Report(int index, DocumentStage stage, string? taskId = null, string? taskStatus = null);
}

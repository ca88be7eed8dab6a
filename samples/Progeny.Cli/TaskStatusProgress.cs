using Progeny.Sdk;

namespace Progeny.Cli;

/// <summary>Shows the statuses Progeny reports for one document's task, as they come, until the task ends.</summary>
/// <param name="progress">Where the document's steps are shown.</param>
/// <param name="index">The document's position in the run.</param>
/// <param name="taskId">The document's task.</param>
internal sealed class TaskStatusProgress(IDocumentProgress progress, int index, string taskId) : IProgress<ProgenyTaskStatus>
{
    /// <inheritdoc/>
    public void Report(ProgenyTaskStatus value)
    {
        if (!value.IsFinal)
        {
            progress.Report(index, DocumentStage.Waiting, taskId, value.Value);
        }
    }
}

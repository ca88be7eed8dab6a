using Progeny.Sdk;

namespace Progeny.Cli;

/// <summary>Shows the statuses Progeny reports for one input's task, as they come, until the task ends.</summary>
/// <param name="progress">Where the input's steps are shown.</param>
/// <param name="index">The input's position in the run.</param>
/// <param name="taskId">The input's task.</param>
internal sealed class TaskStatusProgress(ITaskProgress progress, int index, string taskId) : IProgress<ProgenyTaskStatus>
{
    /// <inheritdoc/>
    public void Report(ProgenyTaskStatus value)
    {
        if (!value.IsFinal)
        {
            progress.Report(index, TaskStage.Waiting, taskId, value.Value);
        }
    }
}

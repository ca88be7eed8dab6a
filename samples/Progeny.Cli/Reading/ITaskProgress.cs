namespace Progeny.Cli;

/// <summary>Shows, on stderr, where each input of a run is.</summary>
internal interface ITaskProgress
{
    /// <summary>Reports that an input moved on.</summary>
    /// <param name="index">The input's position in the run.</param>
    /// <param name="stage">Where it is now.</param>
    /// <param name="taskId">Its task id, once a task exists.</param>
    /// <param name="taskStatus">The task status Progeny last reported, e.g. <c>PENDING</c>.</param>
    void Report(int index, TaskStage stage, string? taskId = null, string? taskStatus = null);
}

using System.CommandLine;

namespace Progeny.Cli;

/// <summary>
/// A Progeny service as <c>progeny</c> drives it, whatever its request and result: its names, its command, and how to
/// resume its tasks. See <see cref="ServiceDescription{TRequest, TResult}"/>.
/// </summary>
internal interface IServiceDescription
{
    /// <summary>Gets the service's name in the API, e.g. <c>face_liveness</c>: what <c>progeny wait --service</c> takes.</summary>
    string ApiName { get; }

    /// <summary>Gets the name of its command, e.g. <c>liveness</c>.</summary>
    string CommandName { get; }

    /// <summary>Gets what a failed task means for this service and what to do, e.g. "Progeny could not read the document. Try …".</summary>
    string WhenFailed { get; }

    /// <summary>Creates the service's command.</summary>
    /// <param name="shared">The options every command takes.</param>
    /// <param name="console">Where the command writes.</param>
    /// <returns>The command.</returns>
    Command CreateCommand(SharedOptions shared, CliConsole console);

    /// <summary>Waits for tasks of this service submitted earlier and prints their results, as its command would. Uploads nothing.</summary>
    /// <param name="taskIds">The tasks.</param>
    /// <param name="settings">How to run.</param>
    /// <param name="console">Where to write.</param>
    /// <param name="cancellationToken">Stops the run (Ctrl+C).</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    Task<int> WaitAsync(IReadOnlyList<string> taskIds, RunSettings settings, CliConsole console, CancellationToken cancellationToken);

    /// <summary>Gets the command that resumes waiting for one of this service's tasks.</summary>
    /// <param name="taskId">The task.</param>
    /// <returns>E.g. <c>progeny wait 3f1c… --service face_liveness</c>.</returns>
    string ResumeCommand(string taskId);
}

using System.CommandLine;
using System.Text.Json;
using Progeny.Sdk;

namespace Progeny.Cli;

/// <summary>
/// One Progeny service as <c>progeny</c> drives it, in a few members: its arguments and how they become requests, and
/// how its result is printed as a table and as JSON. Everything else (the command's shared options, the upload and the
/// wait, progress, failures, exit codes, the JSON record around the result) is shared by every service.
/// </summary>
/// <typeparam name="TRequest">The service's request.</typeparam>
/// <typeparam name="TResult">The service's result.</typeparam>
internal abstract class ServiceDescription<TRequest, TResult> : IServiceDescription
    where TRequest : class
    where TResult : ProgenyResult
{
    /// <inheritdoc/>
    public abstract string ApiName { get; }

    /// <inheritdoc/>
    public abstract string CommandName { get; }

    /// <summary>Gets the command's one-line help.</summary>
    public abstract string Summary { get; }

    /// <inheritdoc/>
    public abstract string WhenFailed { get; }

    /// <summary>Gets the roles of the files a request sends, as <c>--json</c> names them, e.g. <c>front</c> and <c>back</c>.</summary>
    public abstract IReadOnlyList<string> FileRoles { get; }

    /// <summary>Gets a value indicating whether the service takes <c>extend_data</c> (<c>--extend-data</c>).</summary>
    public virtual bool TakesExtendData => true;

    /// <summary>Gets a value indicating whether the command takes many inputs at once (and so <c>--concurrency</c>).</summary>
    public virtual bool TakesManyInputs => false;

    /// <summary>Gets the service from a client.</summary>
    /// <param name="client">The client.</param>
    /// <returns>Its sub-client for this service.</returns>
    public abstract IProgenyService<TRequest, TResult> ServiceOf(IProgenyClient client);

    /// <summary>Adds the service's own arguments and options to its command.</summary>
    /// <param name="command">The command.</param>
    public abstract void AddArguments(Command command);

    /// <summary>Reads the inputs from the parsed command line (folders expanded); <see cref="ImageCheck"/> then checks every file before the first upload.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="extendData">Whether <c>--extend-data</c> is set.</param>
    /// <param name="problems">Receives what is wrong with the arguments, each said for a person; nothing is uploaded when there is any.</param>
    /// <returns>The inputs to run.</returns>
    public abstract IReadOnlyList<TaskInput<TRequest>> ReadInputs(ParseResult parseResult, bool extendData, ICollection<string> problems);

    /// <summary>Adds the rows of a result to its table (the task id and provider data are added after them).</summary>
    /// <param name="table">The table.</param>
    /// <param name="result">The result.</param>
    public abstract void AddRows(ResultTable table, TResult result);

    /// <summary>Writes the properties of a result into its JSON record (the inputs, task id, provider data, issues and failure are written around them).</summary>
    /// <param name="writer">The writer, inside the record's object.</param>
    /// <param name="result">The result.</param>
    public abstract void WriteJson(Utf8JsonWriter writer, TResult result);

    /// <summary>Reads one input per image file, for a service of one image that takes many files and folders at once.</summary>
    /// <param name="paths">The files and folders given.</param>
    /// <param name="problems">Receives the folders that hold no image or cannot be read.</param>
    /// <param name="file">The file's role and request property (its path is set for each file).</param>
    /// <param name="createRequest">Makes a request of one checked image.</param>
    /// <returns>One input per file, in the order given.</returns>
    protected static IReadOnlyList<TaskInput<TRequest>> OnePerFile(IEnumerable<string> paths, ICollection<string> problems, InputFile file, Func<ProgenyImage, TRequest> createRequest) =>
        ImageFiles.Collect(paths, problems)
            .Select(path => TaskInput<TRequest>.Upload(images => createRequest(images[0]), file with { Path = path }))
            .ToList();

    /// <inheritdoc/>
    public Command CreateCommand(SharedOptions shared, CliConsole console) => new ServiceCommand<TRequest, TResult>(this, shared, console);

    /// <inheritdoc/>
    public Task<int> WaitAsync(IReadOnlyList<string> taskIds, RunSettings settings, CliConsole console, CancellationToken cancellationToken) =>
        TaskRun.RunAsync(this, taskIds.Select(TaskInput<TRequest>.ForTask).ToList(), settings, console, cancellationToken);

    /// <inheritdoc/>
    public string ResumeCommand(string taskId) =>
        ApiName == ServiceCatalog.DefaultWaitService ? $"progeny wait {taskId}" : $"progeny wait {taskId} --service {ApiName}";
}

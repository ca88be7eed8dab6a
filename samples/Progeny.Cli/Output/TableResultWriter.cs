using Progeny.Sdk;
using Spectre.Console;

namespace Progeny.Cli;

/// <summary>Writes a result as a <see cref="ResultTable"/>: the service's rows, then the provider data and the task.</summary>
internal static class TableResultWriter
{
    /// <summary>Writes one result.</summary>
    /// <typeparam name="TRequest">The service's request.</typeparam>
    /// <typeparam name="TResult">The service's result.</typeparam>
    /// <param name="console">The Spectre console on stdout.</param>
    /// <param name="service">The service, which adds its result's rows.</param>
    /// <param name="title">The input, as the person knows it.</param>
    /// <param name="result">The result.</param>
    /// <param name="caption">A line under the table, e.g. that the result was read from the journal; <see langword="null"/> for none.</param>
    public static void Write<TRequest, TResult>(IAnsiConsole console, ServiceDescription<TRequest, TResult> service, string title, TResult result, string? caption = null)
        where TRequest : class
        where TResult : ProgenyResult
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(result);
        var table = new ResultTable(title);
        service.AddRows(table, result);
        if (result.ProviderData.Count > 0)
        {
            table.Row("Provider data", string.Join(", ", result.ProviderData.Keys) + " (see --json)");
        }

        table.Row("Task", result.TaskId);
        if (caption is not null)
        {
            table.Table.Caption(Markup.Escape(caption));
        }

        console.Write(table.Table);
    }
}

using Progeny.Cli;

// The first Ctrl+C stops the run gracefully (tasks already created are listed, to resume); a second one kills it.
using var interrupted = new CancellationTokenSource();
Console.CancelKeyPress += (_, press) => press.Cancel = !interrupted.IsCancellationRequested && CancelRun(interrupted);
return await ProgenyCommandLine.InvokeAsync(args, CliConsole.System, interrupted.Token).ConfigureAwait(false);

static bool CancelRun(CancellationTokenSource run)
{
    run.Cancel();
    return true;
}

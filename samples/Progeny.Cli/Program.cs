using Progeny.Cli;

return await ProgenyCommandLine.InvokeAsync(args, CliConsole.System).ConfigureAwait(false);

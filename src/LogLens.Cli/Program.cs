using LogLens.Cli;

return await CliApp.RunAsync(args, Console.Out, Console.Error, CliEnvironment.FromConsole()).ConfigureAwait(false);

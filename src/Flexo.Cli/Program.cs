using Flexo.Cli;

return FlexoApp.Run(args, CliConsole.FromProcess());

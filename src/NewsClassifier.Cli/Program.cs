using NewsClassifier.Cli;

return await CliApp.RunAsync(args, CliIO.FromConsole());

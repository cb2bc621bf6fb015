namespace NewsClassifier.Cli;

/// <summary>An option value that parses but makes no sense (exit code 2).</summary>
internal sealed class UsageException(string message) : Exception(message);

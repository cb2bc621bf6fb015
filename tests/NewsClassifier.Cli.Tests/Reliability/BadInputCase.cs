using NewsClassifier.Tests.Shared;

namespace NewsClassifier.Cli.Tests.Reliability;

/// <summary>
/// One bad input: the files it needs (written by the test), the command line, the exit code the contract
/// gives it, and what the message must name (the file, and the row and column where they apply).
/// </summary>
/// <param name="Name">What is wrong, as docs/errors.md lists it.</param>
/// <param name="Arrange">Writes the inputs and returns the command line.</param>
/// <param name="ExitCode">The contract's exit code.</param>
/// <param name="MessageContains">Fragments the error output must contain.</param>
/// <param name="ScoreAccounting">For <c>score</c>: the summary must show read = scored + rejected.</param>
internal sealed record BadInputCase(
    string Name,
    Func<BadInputContext, string[]> Arrange,
    int ExitCode,
    string[] MessageContains,
    bool ScoreAccounting = false);

/// <summary>What a case can use: a fresh folder and a trained model with its test file.</summary>
internal sealed record BadInputContext(TempFolder Folder, string ModelPath, string TestPath)
{
    public string Write(string name, string content) => Folder.Write(name, content);

    public string Write(string name, byte[] content) => Folder.Write(name, content);

    public string File(string name) => Folder.File(name);
}

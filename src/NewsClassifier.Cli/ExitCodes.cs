namespace NewsClassifier.Cli;

/// <summary>The process exit codes of ../shared/CONTRACT.md.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int RowsRejected = 1;
    public const int Usage = 2;
    public const int InputData = 3;
    public const int Model = 4;
    public const int Output = 5;
    public const int Internal = 70;

    /// <summary>Stopped by Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}

using NewsClassifier.Prediction.Models;
using NewsClassifier.Training.Data;
using NewsClassifier.Training.Models;

namespace NewsClassifier.Cli;

/// <summary>
/// Runs a command's action and turns what it throws into the contract's exit code and a one-line
/// message. Expected failures never show a stack trace; an unexpected exception is reported as a bug.
/// </summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(CliIO io, Func<CancellationToken, Task<int>> action, CancellationToken cancellationToken)
    {
        try
        {
            return await action(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            io.Error.WriteLine("cancelled: nothing was written to the output path");
            return ExitCodes.Cancelled;
        }
        catch (UsageException e)
        {
            return Fail(io, ExitCodes.Usage, e.Message);
        }
        catch (ArgumentException e) when (e.GetType() == typeof(ArgumentException))
        {
            return Fail(io, ExitCodes.Usage, e.Message);
        }
        catch (DataFileException e)
        {
            return Fail(io, ExitCodes.InputData, e.Message);
        }
        catch (ModelLoadException e)
        {
            return Fail(io, ExitCodes.Model, e.Message);
        }
        catch (OutputException e)
        {
            return Fail(io, ExitCodes.Output, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            io.Error.WriteLine($"internal error (a bug in NewsClassifier; please report it with this text): {e}");
            return ExitCodes.Internal;
        }
    }

    private static int Fail(CliIO io, int code, string message)
    {
        io.Error.WriteLine($"error: {message}");
        return code;
    }
}

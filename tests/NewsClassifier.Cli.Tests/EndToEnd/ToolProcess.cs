using System.Diagnostics;

namespace NewsClassifier.Cli.Tests.EndToEnd;

/// <summary>The built <c>newsclassifier</c> run as a real child process, for tests that kill it or signal it.</summary>
internal sealed class ToolProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _error = [];

    private ToolProcess(Process process) => _process = process;

    public string Error
    {
        get
        {
            lock (_error)
            {
                return string.Join('\n', _error);
            }
        }
    }

    public static ToolProcess Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newsclassifier.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var tool = new ToolProcess(Process.Start(start)!);
        tool._process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (tool._error)
                {
                    tool._error.Add(e.Data);
                }
            }
        };
        tool._process.BeginErrorReadLine();
        tool._process.OutputDataReceived += (_, _) => { };
        tool._process.BeginOutputReadLine();
        return tool;
    }

    /// <summary>Waits until <paramref name="condition"/> holds or the process ends.</summary>
    public bool WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout && !_process.HasExited)
        {
            if (condition())
            {
                return true;
            }

            Thread.Sleep(20);
        }

        return condition();
    }

    public bool HasExited => _process.HasExited;

    /// <summary>SIGKILL: the process gets no chance to clean up, as in a crash or an OOM kill.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>SIGINT, as Ctrl+C sends; returns the exit code.</summary>
    public int Interrupt(TimeSpan timeout)
    {
        // .NET has no API for sending a signal; the kill command is on every Linux machine.
        using (var kill = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        if (!_process.WaitForExit(timeout))
        {
            Kill();
            throw new TimeoutException("the process did not stop after SIGINT");
        }

        _process.WaitForExit();
        return _process.ExitCode;
    }

    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            Kill();
            throw new TimeoutException("the process did not finish in time");
        }

        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }
}

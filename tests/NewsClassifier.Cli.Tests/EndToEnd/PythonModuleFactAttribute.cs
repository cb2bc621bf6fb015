using System.Diagnostics;
using Xunit;

namespace NewsClassifier.Cli.Tests.EndToEnd;

/// <summary>A test that needs a Python module (from Debian's packages; .ci/run installs them); skipped, saying which, when it is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class PythonModuleFactAttribute : FactAttribute
{
    public const string Python = "/usr/bin/python3";

    public PythonModuleFactAttribute(string module)
    {
        if (!HasModule(module))
        {
            Skip = $"needs the Python module '{module}' for {Python} (Debian package python3-{module}); it is not installed here";
        }
    }

    private static bool HasModule(string module)
    {
        try
        {
            using var python = Process.Start(new ProcessStartInfo(Python, ["-c", $"import {module}"]) { RedirectStandardError = true });
            python!.WaitForExit();
            return python.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}

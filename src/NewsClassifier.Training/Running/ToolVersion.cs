using System.Reflection;

namespace NewsClassifier.Training.Running;

/// <summary>The version of NewsClassifier that writes a model.</summary>
public static class ToolVersion
{
    /// <summary>The assembly's informational version without build metadata, such as <c>1.0.0</c>.</summary>
    public static string Current { get; } =
        (typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0];
}

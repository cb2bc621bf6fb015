using Xunit;

namespace NewsClassifier.Tests.Shared;

/// <summary>A test that needs files from ../shared; it is skipped, saying which file is missing, when they are absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(params string[] relativePaths)
    {
        var missing = relativePaths.Select(p => RepoPaths.SharedFile(p.Split('/'))).FirstOrDefault(p => !File.Exists(p));
        if (missing is not null)
        {
            Skip = $"needs {missing} (the ../shared folder beside the repository); it is absent here";
        }
    }
}

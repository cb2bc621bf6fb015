namespace NewsClassifier.Benchmarks;

/// <summary>Where the benchmarks find the repository's models and the shared data sets.</summary>
internal static class BenchPaths
{
    public static string Root { get; } = FindRoot();

    public static string Models => Path.Combine(Root, "models");

    public static string Shared(params string[] parts) => Path.Combine([Root, "..", "shared", .. parts]);

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "NewsClassifier.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("run the benchmarks from inside the repository");
    }
}

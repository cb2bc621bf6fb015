using System.Globalization;
using NewsClassifier.DebrisEffect;
using NewsClassifier.Prediction.Cleaning;
using NewsClassifier.Prediction.Predicting;
using NewsClassifier.Training.Data;
using NewsClassifier.Training.Evaluation;
using NewsClassifier.Training.Running;

// The effect of page debris and of cleaning it: one model (trained on clean text, without cleaning)
// evaluated on the clean test set, on the same articles wrapped in generated debris, and on those
// pages after ArticleCleaner. Usage: dotnet run -c Release --project bench/NewsClassifier.DebrisEffect [SEED]
var seed = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20261124;
var shared = Path.GetFullPath(Path.Combine(FindRoot(), "..", "shared", "datasets"));
Console.WriteLine("| test set | clean text | debris, no cleaning | debris, cleaned | cleaned − clean |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
foreach (var (name, indonesian) in new[] { ("bbc_news", false), ("indosum", true) })
{
    var train = Path.Combine(shared, name, "train.csv");
    var test = LabelledFile.Read(Path.Combine(shared, name, "test.csv"), new ColumnRequest(LabelColumns: ["label"]));
    using var folder = new TemporaryFolder();
    var model = new TrainingRun(RunLog.Silent).Run(new TrainRequest
    {
        DataPath = train,
        LabelColumns = ["label"],
        OutPath = Path.Combine(folder.Path, "model.zip"),
        Clean = false,
        Seed = 1,
    }).Single().ModelPath;
    var predictor = NewsPredictor.Load(model);

    var generator = new DebrisGenerator(seed, indonesian);
    // Other stories' headlines: BBC rows start with their headline; IndoSum stores none, but its id slug is one.
    var titles = test.Rows.Select(r => (Label: r.Labels[0], Title: indonesian ? HeadlineFromSlug(r.Id!) : r.Text.Split('\n')[0])).ToArray();
    var pages = test.Rows.Select(r => generator.Wrap(
        r.Text, titles.Where(t => t.Label != r.Labels[0] && t.Title.Length > 15).Select(t => t.Title.Length > 90 ? t.Title[..90] : t.Title).ToArray())).ToArray();

    double MacroF1(Func<int, string> textOf)
    {
        var rows = test.Rows.Select((r, i) => new ScoredRow(r.Row, r.Id, r.Labels[0], predictor.Predict(textOf(i)).Tasks[0].TopLabel, 0, "")).ToArray();
        return MetricsCalculator.Compute(name, rows, predictor.Models[0].Labels).MacroF1;
    }

    var clean = MacroF1(i => test.Rows[i].Text);
    var debris = MacroF1(i => pages[i]);
    var cleaned = MacroF1(i => ArticleCleaner.Clean(pages[i]));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} test ({test.Rows.Count} rows) | {clean:F4} | {debris:F4} | {cleaned:F4} | {cleaned - clean:+0.0000;-0.0000} |"));
}

static string HeadlineFromSlug(string id)
{
    var words = id.Split('-').Skip(1).ToArray();
    var text = string.Join(' ', words.Length > 1 ? words[..^1] : words);
    return text.Length == 0 ? id : char.ToUpperInvariant(text[0]) + text[1..];
}

static string FindRoot()
{
    var folder = new DirectoryInfo(AppContext.BaseDirectory);
    while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "NewsClassifier.sln")))
    {
        folder = folder.Parent;
    }

    return folder?.FullName ?? throw new InvalidOperationException("run from inside the repository");
}

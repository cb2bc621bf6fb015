// Labels an article with the shipped models, using only the NewsClassifier.Prediction library.
//   dotnet run --project samples/NewsClassifier.Sample -- [MODELS_FOLDER] < article.txt
using System.Globalization;
using NewsClassifier.Prediction.Predicting;

var models = args.Length > 0 ? args[0] : Path.Combine(FindRepositoryRoot(), "models");
var predictor = NewsPredictor.Load(models);

var article = Console.In.ReadToEnd();
if (string.IsNullOrWhiteSpace(article))
{
    Console.Error.WriteLine("usage: pipe an article into standard input");
    return 2;
}

var prediction = predictor.Predict(article);
foreach (var task in prediction.Tasks)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{task.Task,-6} {task.Label,-28} {task.Confidence:P0}"));
}

foreach (var explanation in predictor.Explain(article, top: 5).Where(e => e.IsAvailable))
{
    Console.WriteLine($"why {explanation.Task} = {explanation.Label}: {string.Join(", ", explanation.Reasons.Select(r => r.Ngram))}");
}

return 0;

static string FindRepositoryRoot()
{
    var folder = new DirectoryInfo(AppContext.BaseDirectory);
    while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "NewsClassifier.sln")))
    {
        folder = folder.Parent;
    }

    return folder?.FullName ?? Directory.GetCurrentDirectory();
}

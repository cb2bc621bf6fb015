using System.Text.Json;
using NewsClassifier.Tests.Shared;
using Xunit;

namespace NewsClassifier.Cli.Tests.Commands;

public class PredictCommandTests(TinyModelFixture model) : IClassFixture<TinyModelFixture>
{
    [Fact]
    public async Task Predict_Json_HasTheContractShapeWithLabelNamesFromTheModel()
    {
        var result = await CliRun.Run("predict", "--model", model.ModelPath, "--json", TinyCorpus.Article("politics"));

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var prediction = Assert.Single(json.RootElement.GetProperty("predictions").EnumerateArray());
        Assert.Equal("label", prediction.GetProperty("task").GetString());
        Assert.Equal("politics", prediction.GetProperty("label").GetString());
        var scores = prediction.GetProperty("scores").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
        Assert.Equal(["economy", "politics", "sport"], scores.Keys.Order());
        Assert.Equal(1.0, scores.Values.Sum(), 4);
        Assert.Equal(scores["politics"], prediction.GetProperty("confidence").GetDouble(), 6);
    }

    [Fact]
    public async Task Predict_FromFileAndFromStandardInput_AgreeWithTheArgument()
    {
        using var folder = new TempFolder();
        var article = TinyCorpus.Article("sport");
        var file = folder.Write("article.txt", article);

        var fromArgument = await CliRun.Run("predict", "--model", model.ModelPath, "--json", article);
        var fromFile = await CliRun.Run("predict", "--model", model.ModelPath, "--json", "--file", file);
        var fromInput = await CliRun.RunWithInput(article, "predict", "--model", model.ModelPath, "--json");

        Assert.Equal(fromArgument.Out, fromFile.Out);
        Assert.Equal(fromArgument.Out, fromInput.Out);
    }

    [Fact]
    public async Task Predict_Text_ShowsTheTopLabels()
    {
        var result = await CliRun.Run("predict", "--model", model.ModelPath, "--top", "2", TinyCorpus.Article("economy"));

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains("economy", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Predict_EmptyArticle_Exits2()
    {
        var result = await CliRun.RunWithInput("   ", "predict", "--model", model.ModelPath);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("the article is empty", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Predict_MissingArticleFile_Exits3()
    {
        var result = await CliRun.Run("predict", "--model", model.ModelPath, "--file", "no-article.txt");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("no-article.txt: file not found", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Predict_Explain_AddsTheReasonsToTheJsonAndTheText()
    {
        var json = await CliRun.Run("predict", "--model", model.ModelPath, "--json", "--explain", "--reasons", "3", TinyCorpus.Article("sport"));
        var text = await CliRun.Run("predict", "--model", model.ModelPath, "--explain", TinyCorpus.Article("sport"));

        Assert.True(json.ExitCode == 0, json.ToString());
        using var document = JsonDocument.Parse(json.Out);
        var explanation = document.RootElement.GetProperty("predictions")[0].GetProperty("explanation");
        Assert.True(explanation.GetProperty("available").GetBoolean());
        Assert.Equal(3, explanation.GetProperty("ngrams").GetArrayLength());
        Assert.Contains("why label = sport:", text.Out, StringComparison.Ordinal);
    }
}

using System.Text.Json;
using NewsClassifier.Tests.Shared;
using Xunit;

namespace NewsClassifier.Cli.Tests.Commands;

public class EvaluateCommandTests(TinyModelFixture model) : IClassFixture<TinyModelFixture>
{
    [Fact]
    public async Task Evaluate_Json_HasTheContractShape()
    {
        var result = await CliRun.Run("evaluate", "--model", model.ModelPath, "--data", model.TestPath, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("label", root.GetProperty("task").GetString());
        Assert.Equal(30, root.GetProperty("rows").GetInt32());
        Assert.InRange(root.GetProperty("accuracy").GetDouble(), 0.9, 1);
        Assert.InRange(root.GetProperty("macroF1").GetDouble(), 0.9, 1);
        var sport = root.GetProperty("perClass").GetProperty("sport");
        Assert.Equal(10, sport.GetProperty("support").GetInt32());
        foreach (var field in new[] { "precision", "recall", "f1" })
        {
            Assert.InRange(sport.GetProperty(field).GetDouble(), 0, 1);
        }

        var confusion = root.GetProperty("confusion");
        Assert.Equal(30, confusion.EnumerateObject().Sum(t => t.Value.EnumerateObject().Sum(p => p.Value.GetInt32())));
    }

    [Fact]
    public async Task Evaluate_Text_PrintsTablesAndTheMatrix()
    {
        var result = await CliRun.Run("evaluate", "--model", model.ModelPath, "--data", model.TestPath);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("precision", result.Out, StringComparison.Ordinal);
        Assert.Contains("confusion matrix", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_LabelTheModelNeverSaw_CountsRowsAsErrorsAndNamesTheLabel()
    {
        using var folder = new TempFolder();
        var data = folder.Write("new.csv", TinyCorpus.Csv(5, seed: 9) + "u1,judul,pertandingan gol liga,weather\nu2,judul,harga saham,weather\n");

        var result = await CliRun.Run("evaluate", "--model", model.ModelPath, "--data", data, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2 rows have label 'weather', which the model never saw", result.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(17, json.RootElement.GetProperty("rows").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("unknownLabels").GetProperty("weather").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("perClass").GetProperty("weather").GetProperty("recall").GetDouble());
    }

    [Fact]
    public async Task Evaluate_MissingModel_Exits4()
    {
        var result = await CliRun.Run("evaluate", "--model", "nowhere.zip", "--data", model.TestPath);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("nowhere.zip: model file not found", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_NotAModel_Exits4()
    {
        var result = await CliRun.Run("evaluate", "--model", model.TestPath, "--data", model.TestPath);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("not a valid zip", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_MissingLabelColumn_Exits3()
    {
        var result = await CliRun.Run("evaluate", "--model", model.ModelPath, "--data", model.TestPath, "--label", "topic");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("column 'topic'", result.Error, StringComparison.Ordinal);
    }
}

using NewsClassifier.Tests.Shared;
using Xunit;

namespace NewsClassifier.Cli.Tests.Commands;

public class TrainCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Train_WritesTheModelAndPrintsASummaryAndTestMetrics()
    {
        var data = _folder.Write("train.csv", TinyCorpus.Csv(30, seed: 1));
        var test = _folder.Write("test.csv", TinyCorpus.Csv(10, seed: 2));

        var result = await CliRun.Run("train", "--data", data, "--label", "label", "--out", _folder.File("m.zip"), "--test", test, "--seed", "3");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(_folder.File("m.zip")));
        Assert.Contains("label: ", result.Out, StringComparison.Ordinal);
        Assert.Contains("macro-F1", result.Out, StringComparison.Ordinal);
        Assert.Contains("confusion matrix", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_MissingDataFile_Exits3NamingTheFile()
    {
        var result = await CliRun.Run("train", "--data", _folder.File("none.csv"), "--label", "label", "--out", _folder.File("m.zip"));

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("none.csv: file not found", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_MissingLabelColumn_Exits3NamingTheColumn()
    {
        var data = _folder.Write("train.csv", TinyCorpus.Csv(5, seed: 1));

        var result = await CliRun.Run("train", "--data", data, "--label", "topic", "--out", _folder.File("m.zip"));

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("train.csv, column 'topic': the label column is missing", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_MissingTextColumns_Exits3AskingForText()
    {
        var data = _folder.Write("train.csv", "id,body,label\n1,a,x\n2,b,y\n");

        var result = await CliRun.Run("train", "--data", data, "--label", "label", "--out", _folder.File("m.zip"));

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("--text", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_EmptyFile_Exits3()
    {
        var result = await CliRun.Run("train", "--data", _folder.Write("e.csv", ""), "--label", "label", "--out", _folder.File("m.zip"));

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("e.csv: file is empty", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_RowWithEmptyText_IsSkippedWithACountedWarning()
    {
        var data = _folder.Write("train.csv", TinyCorpus.Csv(10, seed: 1) + "z,,,sport\n");

        var result = await CliRun.Run("train", "--data", data, "--label", "label", "--out", _folder.File("m.zip"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("skipped 1 rows with empty text (rows 31)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_UnclosedQuote_Exits3NamingRowLineAndColumn()
    {
        var data = _folder.Write("train.csv", TinyCorpus.Csv(10, seed: 1) + "z,\"open,text,sport\n");

        var result = await CliRun.Run("train", "--data", data, "--label", "label", "--out", _folder.File("m.zip"));

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("train.csv: row 31 (line 32), column 'title'", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_InvalidJsonLine_Exits3NamingRow()
    {
        var data = _folder.Write("train.jsonl", "{\"text\": \"a\", \"label\": \"x\"}\n{\"text\": \"b\", \"label\": }\n");

        var result = await CliRun.Run("train", "--data", data, "--label", "label", "--out", _folder.File("m.zip"));

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("train.jsonl: row 2 (line 2): not valid JSON", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_OneClassOnly_Exits3NamingTheColumn()
    {
        var data = _folder.Write("train.csv", "id,text,label\n1,satu,a\n2,dua,a\n");

        var result = await CliRun.Run("train", "--data", data, "--label", "label", "--out", _folder.File("m.zip"));

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("column 'label': every row has the same label ('a')", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_UnknownTrainer_Exits2()
    {
        var result = await CliRun.Run("train", "--data", "x.csv", "--label", "label", "--out", "m.zip", "--trainer", "xgboost");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("xgboost", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_MissingRequiredOption_Exits2()
    {
        var result = await CliRun.Run("train", "--data", "x.csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--label", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_Exits2()
    {
        var result = await CliRun.Run("fly");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("newsclassifier --help", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_OutputFolderCannotBeCreated_Exits5()
    {
        var data = _folder.Write("train.csv", TinyCorpus.Csv(10, seed: 1));
        var blocker = _folder.Write("blocker", "a file");

        var result = await CliRun.Run("train", "--data", data, "--label", "label", "--out", Path.Combine(blocker, "m.zip"));

        Assert.Equal(5, result.ExitCode);
    }

    [Fact]
    public async Task Train_AutoAndCv_PrintTheSearchAndTheCrossValidatedScore()
    {
        var data = _folder.Write("train.csv", TinyCorpus.Csv(20, seed: 1));

        var auto = await CliRun.Run("train", "--data", data, "--label", "label", "--out", _folder.File("a.zip"), "--trainer", "auto", "--time-budget", "60");
        var cv = await CliRun.Run("train", "--data", data, "--label", "label", "--out", _folder.File("c.zip"), "--cv", "3");

        Assert.True(auto.ExitCode == 0, auto.ToString());
        Assert.Contains("auto search (3-fold cross-validation", auto.Out, StringComparison.Ordinal);
        Assert.Contains("* linear-svm+", auto.Out, StringComparison.Ordinal);
        Assert.Matches(@"label: cross-validated macro-F1 [01]\.\d{4} ± 0\.\d{4} \(3-fold\)", cv.Out);
    }

    [Theory]
    [InlineData("--cv", "1")]
    [InlineData("--time-budget", "0")]
    public async Task Train_OptionOutOfRange_Exits2(string option, string value)
    {
        var data = _folder.Write("train.csv", TinyCorpus.Csv(5, seed: 1));

        var result = await CliRun.Run("train", "--data", data, "--label", "label", "--out", _folder.File("m.zip"), option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
    }
}

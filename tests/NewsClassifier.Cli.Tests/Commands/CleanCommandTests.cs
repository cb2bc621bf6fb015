using Xunit;

namespace NewsClassifier.Cli.Tests.Commands;

public class CleanCommandTests
{
    [Fact]
    public async Task Clean_PrintsTheArticleWithoutItsDebris()
    {
        var page = "Harga minyak naik tajam pada perdagangan hari ini karena pasokan terganggu di Timur Tengah.\nBaca Juga: Artis terkenal bercerai\n• 5 jam lalu\nBagikan";

        var result = await CliRun.RunWithInput(page, "clean");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Harga minyak naik tajam pada perdagangan hari ini karena pasokan terganggu di Timur Tengah.", result.Out.Trim());
        Assert.Contains("cleaning version", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clean_ArgumentAndFileTogether_Exits2()
    {
        var result = await CliRun.Run("clean", "text", "--file", "x.txt");

        Assert.Equal(2, result.ExitCode);
    }
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NewsClassifier.Tests.Shared;
using Xunit;

namespace NewsClassifier.Cli.Tests.Reliability;

/// <summary>
/// Runs every case of <see cref="BadInputCases"/>: the exit code of the contract, a message that names what
/// is wrong and where, no stack trace for an expected error, and for score, every row accounted for.
/// </summary>
public class BadInputSuiteTests(TinyModelFixture model) : IClassFixture<TinyModelFixture>
{
    public static TheoryData<string> Cases() => new(BadInputCases.All.Select(c => c.Name));

    [Fact]
    public void Suite_HasAtLeast30DistinctCases() =>
        Assert.True(BadInputCases.All.Select(c => c.Name).Distinct().Count() >= 30);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadInput_GetsItsExitCodeAndAMessageThatSaysWhere(string name)
    {
        var result = await Run(BadInputCases.All.Single(c => c.Name == name));
        var badCase = BadInputCases.All.Single(c => c.Name == name);

        Assert.True(result.ExitCode == badCase.ExitCode, $"{name}: expected exit {badCase.ExitCode}\n{result}");
        foreach (var fragment in badCase.MessageContains)
        {
            Assert.Contains(fragment, result.Error, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
        if (badCase.ScoreAccounting)
        {
            var summary = Regex.Match(result.Error, @"read (\d+), scored (\d+), rejected (\d+)");
            Assert.True(summary.Success, result.ToString());
            Assert.Equal(long.Parse(summary.Groups[1].Value, CultureInfo.InvariantCulture), long.Parse(summary.Groups[2].Value, CultureInfo.InvariantCulture) + long.Parse(summary.Groups[3].Value, CultureInfo.InvariantCulture));
        }
    }

    [FullDiskFact]
    public async Task FullDisk_Exits5AndLeavesNothingBehind()
    {
        using var folder = new TempFolder();

        var (exitCode, error, files) = await FullDisk.Run(folder, model.ModelPath);

        Assert.True(exitCode == 5, error);
        Assert.Contains("out.csv: cannot be written", error, StringComparison.Ordinal);
        Assert.Empty(files);
    }

    /// <summary>
    /// Writes docs/errors.md from the real messages when NEWSCLASSIFIER_WRITE_ERRORS_DOC names the file
    /// (the doc is generated, never typed, so it cannot drift from what the tool says).
    /// </summary>
    [Fact]
    public async Task ErrorsDocument_IsWrittenFromTheSuiteWhenAsked()
    {
        var target = Environment.GetEnvironmentVariable("NEWSCLASSIFIER_WRITE_ERRORS_DOC");
        var doc = new StringBuilder("# Errors and exit codes\n\n")
            .Append("Every case of the bad-input suite (`tests/NewsClassifier.Cli.Tests/Reliability/BadInputCases.cs`), with the exit code ")
            .Append("of `../shared/CONTRACT.md` and the message the tool printed. Regenerate with\n")
            .Append("`NEWSCLASSIFIER_WRITE_ERRORS_DOC=$PWD/docs/errors.md dotnet test --filter ErrorsDocument`.\n\n")
            .Append("| case | exit code | message (paths shortened) |\n| --- | ---: | --- |\n");
        foreach (var badCase in BadInputCases.All)
        {
            var result = await Run(badCase);
            Assert.Equal(badCase.ExitCode, result.ExitCode);
            var message = string.Join(" / ", result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(l => l.StartsWith("error:", StringComparison.Ordinal) || l.StartsWith("warning:", StringComparison.Ordinal) || l.StartsWith("read ", StringComparison.Ordinal) || l.StartsWith("rejected", StringComparison.Ordinal))
                .Select(l => Regex.Replace(l, @"/tmp/nc-tests/[0-9a-f]{32}/", "")));
            doc.Append(CultureInfo.InvariantCulture, $"| {badCase.Name} | {result.ExitCode} | `{(message.Length > 0 ? message.Replace("|", "\\|", StringComparison.Ordinal) : "(no error)")}` |\n");
        }

        if (FullDisk.Available)
        {
            using var folder = new TempFolder();
            var (exitCode, error, _) = await FullDisk.Run(folder, model.ModelPath);
            var message = error.Split('\n').First(l => l.StartsWith("error:", StringComparison.Ordinal)).Trim();
            doc.Append(CultureInfo.InvariantCulture, $"| {FullDisk.Name} | {exitCode} | `{Regex.Replace(message, @"/tmp/nc-tests/[0-9a-f]{32}/", "")}` |\n");
        }

        if (target is not null)
        {
            await File.WriteAllTextAsync(target, doc.ToString());
        }
    }

    private async Task<CliResult> Run(BadInputCase badCase)
    {
        using var folder = new TempFolder();
        var args = badCase.Arrange(new BadInputContext(folder, model.ModelPath, model.TestPath));
        return await CliRun.Run(args);
    }
}

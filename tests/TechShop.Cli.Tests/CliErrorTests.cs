using System.CommandLine;
using TechShop.Cli.Infrastructure;

namespace TechShop.Cli.Tests;

public sealed class CliErrorTests
{
    [Theory]
    [InlineData("--scale", "-1", "--scale: expected a positive number, got '-1'.")]
    [InlineData("--scale", "0", "--scale: expected a positive number, got '0'.")]
    [InlineData("--bad-rate", "1.5", "--bad-rate: expected a rate between 0 and 1, got '1.5'.")]
    [InlineData("--bad-rate", "abc", "--bad-rate: expected a rate between 0 and 1, got 'abc'.")]
    [InlineData("--late-rate", "-0.1", "--late-rate: expected a rate between 0 and 1, got '-0.1'.")]
    [InlineData("--seed", "x", "--seed: expected a whole number, got 'x'.")]
    [InlineData("--from", "2024-13-01", "--from: expected a date as yyyy-MM-dd, got '2024-13-01'.")]
    public async Task Generate_WhenAnOptionIsOutOfRange_ShouldExitTwoNamingTheOption(string option, string value, string message)
    {
        using var dir = new TemporaryDirectory();

        var run = await CliRun.RunAsync("generate", "--out", dir.Path, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"techshop: {message}", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(dir.Path));
    }

    [Fact]
    public async Task Generate_WhenFromIsAfterTo_ShouldExitTwoNamingFrom()
    {
        using var dir = new TemporaryDirectory();

        var run = await CliRun.RunAsync("generate", "--out", dir.Path, "--from", "2025-02-01", "--to", "2025-01-01");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("techshop: --from: expected a day on or before --to (2025-01-01), got 2025-02-01.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_WhenOutIsMissing_ShouldExitTwoNamingOut()
    {
        var run = await CliRun.RunAsync("generate");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out", run.Error, StringComparison.Ordinal);
        Assert.Contains("Run 'techshop generate --help' for usage.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_WhenOutCannotBeWritten_ShouldExitTwoNamingOut()
    {
        using var dir = new TemporaryDirectory();
        var file = Path.Combine(dir.Path, "a-file");
        await File.WriteAllTextAsync(file, "not a directory");

        var run = await CliRun.RunAsync("generate", "--out", Path.Combine(file, "lake"), "--scale", "0.01", "--from", "2024-01-01", "--to", "2024-01-02");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("techshop: --out: expected a writable directory, but '", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Run_WhenAnOptionIsUnknown_ShouldExitTwo()
    {
        var run = await CliRun.RunAsync("generate", "--out", "x", "--colour", "blue");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--colour", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("generate", "--help")]
    public async Task Help_ShouldExitZeroAndDescribeTheOptions(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(args.Length == 1 ? "generate" : "--from <yyyy-MM-dd>     First day of the period [default: 2021-01-01]", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WhenACommandFailsUnexpectedly_ShouldExitOneWithTheMessageOnly()
    {
        var run = await CliRun.RunAsync([new FailingCommand()], "fail");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("techshop: failed: InvalidOperationException: the disk caught fire" + Environment.NewLine, run.Error);
    }

    private sealed class FailingCommand : ICliCommand
    {
        public Command Create(CliContext context)
        {
            var command = new Command("fail", "Always fails");
            command.SetAction(int (_) => throw new InvalidOperationException("the disk caught fire"));
            return command;
        }
    }
}

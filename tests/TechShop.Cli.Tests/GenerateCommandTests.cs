using System.Text.Json;
using TechShop.Core.Extracts;
using TechShop.Core.Lake;

namespace TechShop.Cli.Tests;

public sealed class GenerateCommandTests
{
    // A month at a tenth of the profile: quick, and still every entity and topic.
    private static string[] Generate(string output, int seed = 5) =>
        ["generate", "--out", output, "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--scale", "0.1",
         "--from", "2024-11-01", "--to", "2024-11-30", "--bad-rate", "0.05", "--late-rate", "0.05"];

    private static Dictionary<string, byte[]> ReadTree(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes);

    [Fact]
    public async Task Generate_ShouldWriteTheExtractsInTheLakeLayoutAndTheStream()
    {
        using var dir = new TemporaryDirectory();

        var run = await CliRun.RunAsync(Generate(dir.Path));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        var files = ReadTree(dir.Path);
        var first = new DateOnly(2024, 11, 1);
        Assert.Contains(LakeKey.BatchExtract(ExtractEntity.Products, first), files.Keys);
        Assert.Contains(LakeKey.BatchExtract(ExtractEntity.Stores, first), files.Keys);
        Assert.Equal(30, files.Keys.Count(k => k.StartsWith("raw/batch/exchange_rates/", StringComparison.Ordinal)));
        Assert.DoesNotContain(files.Keys, k => k.EndsWith(".tmp", StringComparison.Ordinal));
        var streamLines = System.Text.Encoding.UTF8.GetString(files["stream/events.jsonl"]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var firstEvent = JsonDocument.Parse(streamLines[0]);
        Assert.Equal(["topic", "key", "event_time", "bad_kind", "late", "payload"], firstEvent.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("fx-rates", firstEvent.RootElement.GetProperty("topic").GetString());
        Assert.Contains(streamLines, l => l.Contains("\"bad_kind\":\"NEGATIVE_QUANTITY\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Generate_ShouldPrintASummaryWithRowsEventsBadRecordsAndRevenue()
    {
        using var dir = new TemporaryDirectory();

        var run = await CliRun.RunAsync(Generate(dir.Path));

        var rates = File.ReadAllLines(Path.Combine(dir.Path, "stream", "events.jsonl")).Count(l => l.Contains("\"topic\":\"fx-rates\"", StringComparison.Ordinal));
        Assert.Equal(150, rates);
        Assert.Matches(@"\| events\s+\| fx-rates\s+\|\s+150 \|", run.Output);
        Assert.Matches(@"\| extract rows\s+\| exchange_rates\s+\|\s+150 \|\s+30 \|", run.Output);
        Assert.Contains("TruncatedBytes", run.Output, StringComparison.Ordinal);
        Assert.Contains("gross revenue (USD)", run.Output, StringComparison.Ordinal);
        Assert.Contains("average order value (USD)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Generating dataset: done in", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_WhenRunTwiceWithTheSameSeed_ShouldWriteByteIdenticalFiles()
    {
        using var first = new TemporaryDirectory();
        using var second = new TemporaryDirectory();
        using var other = new TemporaryDirectory();

        await CliRun.RunAsync(Generate(first.Path, seed: 9));
        await CliRun.RunAsync(Generate(second.Path, seed: 9));
        await CliRun.RunAsync(Generate(other.Path, seed: 10));

        var a = ReadTree(first.Path);
        var b = ReadTree(second.Path);
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        Assert.All(a, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(b[kv.Key]), kv.Key));
        Assert.False(a["stream/events.jsonl"].AsSpan().SequenceEqual(ReadTree(other.Path)["stream/events.jsonl"]));
    }
}

using TechShop.Core.Streaming;
using TechShop.Local.Generator;
using TechShop.Local.Pipeline;

namespace TechShop.EndToEnd.Tests;

/// <summary>A small <c>techshop run</c> end to end: real handlers, embedded Kafka, registry, lake, SQLite and DuckDB.</summary>
public sealed class PipelineRunTests : IDisposable
{
    private static readonly DateOnly From = new(2025, 11, 1);
    private static readonly DateOnly To = new(2025, 12, 31);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "techshop-e2e-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [PipelineFact]
    public async Task Run_ShouldReconcileEveryTopicAgreeOnRevenueAndPassTheGate()
    {
        var options = Options(badRate: 0, scale: 0.05, days: 3);

        var summary = await new PipelineRunner(options, new RecordingProgress()).RunAsync();

        var stream = ExpectedStream(options);
        foreach (var topic in Topics.All)
        {
            var reconciliation = Assert.Single(summary.Topics, t => t.Topic == topic);
            Assert.Equal(stream.Count(e => e.Topic == topic), reconciliation.Produced);
            Assert.Equal(reconciliation.Produced, reconciliation.Written + reconciliation.DeadLettered);
            Assert.Equal(0, reconciliation.DeadLettered);
            Assert.True(reconciliation.Reconciled);
        }

        Assert.True(summary.Revenue.Days.Count > 0);
        Assert.True(summary.Revenue.RealtimeTotalUsd > 0m);
        Assert.All(summary.Revenue.Days, d => Assert.Equal(d.GoldUsd, d.RealtimeUsd));
        Assert.Equal("Published", summary.Quality.GoldStatus);
        Assert.True(summary.Quality.Passed);
        Assert.Equal(0, summary.ColdPath.BronzeFailures);
        Assert.True(summary.Passed);
    }

    [PipelineFact]
    public async Task Run_WithABadRate_ShouldDeadLetterExactlyTheMalformedRecordsTheGeneratorEmitted()
    {
        var options = Options(badRate: 0.25, scale: 0.2, days: 14);

        var summary = await new PipelineRunner(options, new RecordingProgress()).RunAsync();

        var expected = BadRecordPlan.ExpectedCounts(EventStream.CountOrderEvents(ExpectedStream(options)), options.BadRate);
        Assert.True(expected.Values.Sum() >= 5);
        foreach (var (kind, count) in expected)
        {
            Assert.Equal(count, summary.BadRecords.DeadLettered.GetValueOrDefault(kind.ToString()));
        }

        var orders = Assert.Single(summary.Topics, t => t.Topic == Topics.Orders);
        Assert.Equal(expected.Values.Sum(), orders.DeadLettered);
        Assert.Equal(orders.Produced, orders.Written + orders.DeadLettered);
        Assert.True(summary.Reconciled);
    }

    private PipelineOptions Options(double badRate, double scale, int days) => new()
    {
        DataDirectory = _root,
        Fresh = true,
        Scale = scale,
        From = From,
        To = To,
        StreamDays = days,
        BadRate = badRate,
        ColdStepDays = 31,
        BatchingWindow = TimeSpan.FromMilliseconds(100),
    };

    private static IReadOnlyList<StreamEvent> ExpectedStream(PipelineOptions options) =>
        EventStream.Build(
            TechShopGenerator.Create(new GeneratorOptions { Seed = options.Seed, Scale = options.Scale, From = options.From, To = options.To }),
            new EventStreamOptions { From = options.StreamFrom, To = options.To, BadRate = options.BadRate, LateRate = options.LateRate });

    private sealed class RecordingProgress : IPipelineProgress
    {
        public List<string> Finished { get; } = [];

        public IProgress<long> Start(string stage, long total) => new Progress<long>();

        public void Finish(string stage, string result) => Finished.Add($"{stage}: {result}");
    }
}

using System.Text.Json;
using TechShop.Local.Pipeline;

namespace TechShop.Local.Tests.Pipeline;

public sealed class PipelineSummaryTests
{
    private static readonly DateOnly Day = new(2025, 12, 31);

    [Fact]
    public void Reconciled_WhenProducedIsNotWrittenPlusDeadLettered_ShouldBeFalse()
    {
        Assert.True(Topic(produced: 10, written: 8, dead: 2).Reconciled);
        Assert.False(Topic(produced: 10, written: 7, dead: 2).Reconciled);
    }

    [Fact]
    public void Matches_WhenAReasonWasDeadLetteredThatThePlanDidNotEmit_ShouldBeFalse()
    {
        var expected = new Dictionary<string, long> { ["TruncatedBytes"] = 2, ["WrongMagicByte"] = 0 };
        Assert.True(new BadRecordCheck(expected, new Dictionary<string, long> { ["TruncatedBytes"] = 2 }).Matches);
        Assert.False(new BadRecordCheck(expected, new Dictionary<string, long> { ["TruncatedBytes"] = 2, ["MissingExchangeRate"] = 1 }).Matches);
        Assert.False(new BadRecordCheck(expected, new Dictionary<string, long> { ["TruncatedBytes"] = 1 }).Matches);
    }

    [Fact]
    public void Agrees_WhenOneDayDiffersByOneCent_ShouldBeFalse()
    {
        Assert.True(new RevenueComparison(Day, Day, [new RevenueDay(Day, 1234.56m, 1234.56m)], true).Agrees);
        Assert.False(new RevenueComparison(Day, Day, [new RevenueDay(Day, 1234.56m, 1234.57m)], true).Agrees);
        Assert.False(new RevenueComparison(Day, Day, [], true).Agrees);
    }

    [Fact]
    public void Passed_WhenTheGateFailed_ShouldBeFalseEvenThoughEverythingReconciled()
    {
        var passing = Summary(new QualityGateSummary("Published", "r1", [new QualityCheckLine("orders_not_null", "error", "PASS", 0, 0)]));
        var failing = passing with { Quality = new QualityGateSummary("GateFailed", "r2", [new QualityCheckLine("orders_not_null", "error", "FAIL", 3, 0)]) };

        Assert.True(passing.Passed);
        Assert.True(failing.Reconciled);
        Assert.False(failing.Passed);
    }

    [Fact]
    public void Reconciled_WhenAnArchiveObjectFailedToLoadIntoBronze_ShouldBeFalse()
    {
        var passing = Summary(new QualityGateSummary("Published", "r1", [new QualityCheckLine("orders_not_null", "error", "PASS", 0, 0)]));
        var archiveMissing = passing with { ColdPath = passing.ColdPath with { ArchiveLoadFailures = 1, FirstLoadError = "raw/stream/orders/x.avro: refused" } };

        Assert.True(passing.Reconciled);
        Assert.False(archiveMissing.Reconciled);
        Assert.False(archiveMissing.Passed);
    }

    [Fact]
    public void Json_ShouldBeCamelCaseWithTheVerdictsAndPerTopicCounts()
    {
        var summary = Summary(new QualityGateSummary("Published", "r1", [new QualityCheckLine("orders_not_null", "error", "PASS", 0, 0)]));

        using var json = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(summary, PipelineSummaryJsonContext.Default.PipelineSummary));

        var root = json.RootElement;
        Assert.True(root.GetProperty("passed").GetBoolean());
        Assert.True(root.GetProperty("reconciled").GetBoolean());
        var topic = root.GetProperty("topics")[0];
        Assert.Equal("orders", topic.GetProperty("topic").GetString());
        Assert.Equal(10, topic.GetProperty("produced").GetInt64());
        Assert.Equal(2, topic.GetProperty("deadLetteredByReason").GetProperty("TruncatedBytes").GetInt64());
        Assert.Equal(0m, root.GetProperty("revenue").GetProperty("days")[0].GetProperty("differenceUsd").GetDecimal());
        Assert.Equal("2025-12-31", root.GetProperty("streamFrom").GetString());
        Assert.Equal(120, root.GetProperty("stream").GetProperty("lagP99Ms").GetInt64());
    }

    private static TopicReconciliation Topic(long produced, long written, long dead) =>
        new("orders", produced, produced, produced, written, dead, produced, new Dictionary<string, long> { ["TruncatedBytes"] = dead });

    private static PipelineSummary Summary(QualityGateSummary quality) => new(
        "/tmp/run", Day, Day, Day, 1, 42, 0.2, 12.5,
        [new LayerTable("gold", "FACT_SALES", 3)],
        [Topic(10, 8, 2)],
        new BadRecordCheck(new Dictionary<string, long> { ["TruncatedBytes"] = 2 }, new Dictionary<string, long> { ["TruncatedBytes"] = 2 }),
        new RevenueComparison(Day, Day, [new RevenueDay(Day, 99.99m, 99.99m)], true),
        quality,
        new StreamFigures(10, 1, 10, 8, 40, 120, 130, 2),
        new ColdPathFigures(6, 3, 9, 0, 0, null, 2, 2, 3.5));
}

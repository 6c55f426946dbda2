using TechShop.Core.Warehouse;

namespace TechShop.Core.Tests.Warehouse;

public sealed class QualityGateOutcomeTests
{
    [Fact]
    public void Outcome_WhenAnErrorCheckFails_ShouldNotPassAndReportTheFailureCountAsTheAlarmMetric()
    {
        var outcome = new QualityGateOutcome("gold-1",
        [
            new QualityCheckResult("unique:fact_sales(order_number)", "error", QualityCheckStatus.Pass, 0, 0),
            new QualityCheckResult("references:fact_sales.store_key->dim_store", "error", QualityCheckStatus.Fail, 3, 0),
            new QualityCheckResult("freshness:hours since the last bronze load", "warn", QualityCheckStatus.Warn, 50, 36),
        ]);

        Assert.False(outcome.Passed);
        Assert.Equal(new QualityAlarmMetric("TechShop", "QualityGateFailures", 1), outcome.AlarmMetric);
        Assert.Equal("references:fact_sales.store_key->dim_store", Assert.Single(outcome.Failures).CheckName);
    }

    [Fact]
    public void Outcome_WhenOnlyWarningsAreOutsideThresholds_ShouldPass()
    {
        var outcome = new QualityGateOutcome("gold-2", [new QualityCheckResult("freshness:hours since the last bronze load", "warn", QualityCheckStatus.Warn, 50, 36)]);

        Assert.True(outcome.Passed);
        Assert.Equal(0, outcome.AlarmMetric.Value);
    }

    [Fact]
    public void RunId_ShouldStartWithWhatAndTheUtcTime()
    {
        var id = RunId.New("gold", new DateTime(2026, 11, 23, 4, 50, 1, 250, DateTimeKind.Utc));

        Assert.StartsWith("gold-20261123T045001250Z-", id, StringComparison.Ordinal);
        Assert.Equal(33, id.Length);
    }
}

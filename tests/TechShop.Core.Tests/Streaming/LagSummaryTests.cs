using TechShop.Core.Streaming;

namespace TechShop.Core.Tests.Streaming;

public sealed class LagSummaryTests
{
    [Fact]
    public void Of_WhenLagsAreUnsorted_ShouldTakeNearestRankPercentiles()
    {
        long[] lags = [900, 100, 500, 300, 700, 200, 1000, 400, 800, 600];

        Assert.Equal(new LagSummary(10, 500, 1000, 1000), LagSummary.Of(lags));
    }

    [Fact]
    public void Of_WhenThereAreTwoHundredLags_ShouldPickTheHundredthAndHundredNinetyEighth()
    {
        var lags = Enumerable.Range(1, 200).Select(i => (long)i * 10).Reverse().ToArray();

        Assert.Equal(new LagSummary(200, 1000, 1980, 2000), LagSummary.Of(lags));
    }

    [Fact]
    public void Of_WhenThereIsOneLag_ShouldUseItForEveryPercentile() =>
        Assert.Equal(new LagSummary(1, 42, 42, 42), LagSummary.Of([42L]));

    [Fact]
    public void Of_WhenThereAreNoLags_ShouldBeZero() => Assert.Equal(default, LagSummary.Of([]));
}

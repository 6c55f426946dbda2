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

    [Theory]
    [InlineData(17, 5)]
    [InlineData(1_000, 3)]
    [InlineData(10_000, 10_000)]
    [InlineData(9_999, 250)]
    public void Of_WhenLagsAreSeededAndRepeat_ShouldEqualTheSortedNearestRanks(int count, int distinct)
    {
        var random = new Random(count + distinct);
        var lags = Enumerable.Range(0, count).Select(_ => (long)random.Next(distinct) * 7).ToArray();
        var sorted = lags.Order().ToArray();

        var summary = LagSummary.Of(lags.ToArray());

        Assert.Equal(new LagSummary(count, LagSummary.NearestRank(sorted, 50), LagSummary.NearestRank(sorted, 99), sorted[^1]), summary);
        Assert.Equal(sorted[(int)Math.Ceiling(0.5 * count) - 1], summary.P50Ms);
        Assert.Equal(sorted[(int)Math.Ceiling(0.99 * count) - 1], summary.P99Ms);
    }
}

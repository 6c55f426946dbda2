using TechShop.Local.Clock;

namespace TechShop.Local.Tests.Clock;

public sealed class LocalClockTests
{
    private static readonly DateTime Start = new(2025, 12, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void AdvanceTo_ShouldReturnEveryDueTickInTimeOrder()
    {
        var clock = new LocalClock(Start);
        clock.Add(new ScheduleRule("silver-build", "silver-build", TimeSpan.FromMinutes(15)));
        clock.Add(new ScheduleRule("gold-build", "gold-build", TimeSpan.FromHours(1)));

        var ticks = clock.AdvanceTo(Start.AddHours(1));

        Assert.Equal(["silver-build", "silver-build", "silver-build", "silver-build", "gold-build"], ticks.Select(t => t.Rule.Name));
        Assert.Equal(Start.AddMinutes(15), ticks[0].Time);
        Assert.Equal(Start.AddHours(1), ticks[^1].Time);
        Assert.Equal("arn:aws:events:eu-west-1:000000000000:rule/gold-build", ticks[^1].RuleArn);
        Assert.Equal(5, ticks.Select(t => t.Id).Distinct().Count());
        Assert.Empty(clock.AdvanceTo(Start.AddHours(1).AddMinutes(14)));
    }

    [Fact]
    public void AdvanceTo_WhenTimeGoesBack_ShouldRefuse()
    {
        var clock = new LocalClock(Start);

        Assert.Throws<ArgumentOutOfRangeException>(() => clock.AdvanceTo(Start.AddSeconds(-1)));
    }

    [Theory]
    [InlineData("rate(15 minutes)", 15 * 60)]
    [InlineData("rate(1 hour)", 3600)]
    [InlineData("rate(2 days)", 2 * 86400)]
    public void ParseRate_ShouldReadEventBridgeRateExpressions(string expression, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), ScheduleRule.ParseRate(expression));
    }

    [Theory]
    [InlineData("cron(0 2 * * ? *)", "is not a rate expression")]
    [InlineData("rate(0 minutes)", "positive whole number")]
    [InlineData("rate(1 minutes)", "singular for 1")]
    [InlineData("rate(5 weeks)", "the unit must be")]
    public void ParseRate_WhenTheExpressionIsWrong_ShouldSayWhatIsExpected(string expression, string expected)
    {
        var error = Assert.Throws<FormatException>(() => ScheduleRule.ParseRate(expression));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}

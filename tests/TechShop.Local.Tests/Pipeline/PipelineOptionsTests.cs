using TechShop.Local.Pipeline;

namespace TechShop.Local.Tests.Pipeline;

public sealed class PipelineOptionsTests
{
    [Fact]
    public void StreamFrom_ByDefault_ShouldBeTheFirstOfTheLast30DaysOfThePeriod()
    {
        Assert.Equal(new DateOnly(2025, 12, 2), new PipelineOptions().StreamFrom);
    }

    [Fact]
    public void StreamFrom_WhenMoreDaysThanThePeriodHas_ShouldBeThePeriodsFirstDay()
    {
        var options = new PipelineOptions { From = new DateOnly(2025, 12, 25), To = new DateOnly(2025, 12, 31), StreamDays = 30 };
        Assert.Equal(new DateOnly(2025, 12, 25), options.StreamFrom);
    }

    [Fact]
    public void Validate_WhenDaysIsZero_ShouldThrowNamingTheOption()
    {
        var error = Assert.Throws<PipelineConfigurationException>(() => new PipelineOptions { StreamDays = 0 }.Validate());
        Assert.Equal("--days", error.Setting);
        Assert.Equal("--days: expected at least 1 day, got 0.", error.Message);
    }

    [Fact]
    public void Validate_WhenTheBatchSizeExceedsTheMappingsMaximum_ShouldThrowNamingTheRange()
    {
        var error = Assert.Throws<PipelineConfigurationException>(() => new PipelineOptions { BatchSize = 10_001 }.Validate());
        Assert.Equal("--batch-size: expected 1 to 10,000 (the MSK mapping's range), got 10001.", error.Message);
    }
}

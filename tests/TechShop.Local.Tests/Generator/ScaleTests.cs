using TechShop.Local.Generator;

namespace TechShop.Local.Tests.Generator;

public sealed class ScaleTests(ScaleOneDataset fixture) : IClassFixture<ScaleOneDataset>
{
    [Fact]
    public void Create_AtScaleTwo_ShouldDoubleCustomersAndOrders()
    {
        var single = fixture.Dataset;
        var doubled = TechShopGenerator.Create(new GeneratorOptions { Scale = 2 });

        Assert.Equal(2 * single.CustomerCount, doubled.CustomerCount);
        Assert.InRange(doubled.Orders.Count, 2 * single.Orders.Count * 0.97, 2 * single.Orders.Count * 1.03);
        Assert.Equal(single.Products.Count, doubled.Products.Count);
        Assert.Equal(single.Stores.Count, doubled.Stores.Count);
        Assert.InRange((double)doubled.AverageOrderValueUsd, (double)single.AverageOrderValueUsd * 0.95, (double)single.AverageOrderValueUsd * 1.05);
    }

    [Fact]
    public void Create_WithAShorterPeriod_ShouldScaleOrdersWithTheNumberOfDays()
    {
        var year = TechShopGenerator.Create(new GeneratorOptions { From = new DateOnly(2023, 1, 1), To = new DateOnly(2023, 12, 31) });

        Assert.InRange(year.Orders.Count, 26_000 / 5 * 0.85, 26_000 / 5 * 1.15);
        Assert.Equal(365 * 5, year.ExchangeRates.Count);
        Assert.All(year.Orders, o => Assert.Equal(2023, o.Placed.OrderDate.Year));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void Create_WhenScaleIsNotPositive_ShouldThrowNamingScale(double scale)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => TechShopGenerator.Create(new GeneratorOptions { Scale = scale }));
        Assert.Equal("Scale", ex.ParamName);
    }

    [Fact]
    public void Create_WhenFromIsAfterTo_ShouldThrowNamingFrom()
    {
        var ex = Assert.Throws<ArgumentException>(() => TechShopGenerator.Create(new GeneratorOptions { From = new DateOnly(2025, 1, 2), To = new DateOnly(2025, 1, 1) }));
        Assert.Equal("From", ex.ParamName);
    }
}

using TechShop.Core.Domain;
using TechShop.Core.Enrichment;

namespace TechShop.Core.Tests.Enrichment;

public sealed class FxRateTableTests
{
    private static readonly DateOnly Day = new(2026, 3, 14);

    [Fact]
    public void TryGetRate_WhenTheRateOfThatDateIsSet_ShouldReturnIt()
    {
        var table = new FxRateTable();
        table.Set(new ExchangeRate(Day, "EUR", 1.0865m));

        Assert.True(table.TryGetRate("EUR", Day, out var rate));
        Assert.Equal(1.0865m, rate);
    }

    [Fact]
    public void TryGetRate_WhenOnlyTheDayBeforeIsKnown_ShouldNotGuess()
    {
        var table = new FxRateTable();
        table.Set(new ExchangeRate(Day.AddDays(-1), "EUR", 1.0865m));

        Assert.False(table.TryGetRate("EUR", Day, out _));
    }

    [Fact]
    public void TryGetRate_ForUsd_ShouldBeOneWithoutAnyEvent()
    {
        Assert.True(new FxRateTable().TryGetRate("USD", Day, out var rate));
        Assert.Equal(1m, rate);
    }

    [Fact]
    public void Set_WhenALaterEventForTheSameDateArrives_ShouldReplaceTheRate()
    {
        var table = new FxRateTable();
        table.Set(new ExchangeRate(Day, "GBP", 1.2700m));
        table.Set(new ExchangeRate(Day, "GBP", 1.2710m));

        Assert.True(table.TryGetRate("GBP", Day, out var rate));
        Assert.Equal(1.2710m, rate);
        Assert.Equal(1, table.Count);
    }

    [Fact]
    public void Set_WhenTheCurrencyIsUnknown_ShouldThrowNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => new FxRateTable().Set(new ExchangeRate(Day, "JPY", 0.0067m)));
        Assert.Contains("'JPY'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_WhenTheRateIsNotPositive_ShouldThrowWithTheRateFound()
    {
        var error = Assert.Throws<ArgumentException>(() => new FxRateTable().Set(new ExchangeRate(Day, "CAD", 0m)));
        Assert.Contains("CAD on 2026-03-14 is 0", error.Message, StringComparison.Ordinal);
    }
}

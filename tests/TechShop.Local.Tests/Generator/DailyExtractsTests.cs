using System.Text;
using System.Text.Json;
using TechShop.Core.Domain;
using TechShop.Core.Extracts;
using TechShop.Core.Lake;
using TechShop.Local.Generator;

namespace TechShop.Local.Tests.Generator;

public sealed class DailyExtractsTests
{
    private static readonly TechShopDataset Dataset = SmallDataset.Create();
    private static readonly IReadOnlyList<ExtractFile> Files = DailyExtracts.Build(Dataset);

    [Fact]
    public void Build_ShouldKeyEveryFileByEntityAndDay()
    {
        Assert.All(Files, f => Assert.Equal(LakeKey.BatchExtract(f.Entity, f.Day), f.Key));
        Assert.Equal(Files.Count, Files.Select(f => f.Key).Distinct().Count());
        Assert.Equal("raw/batch/orders/dt=2024-03-01/orders-2024-03-01.jsonl", Files.Single(f => f.Entity == ExtractEntity.Orders && f.Day == new DateOnly(2024, 3, 1)).Key);
    }

    [Fact]
    public void Build_ShouldPutTheWholeCatalogueOnTheFirstDayOnly()
    {
        var first = SmallDataset.Options.From;
        Assert.Equal(Dataset.Products.Count, Files.Single(f => f.Entity == ExtractEntity.Products).RowCount);
        Assert.Equal(first, Files.Single(f => f.Entity == ExtractEntity.Products).Day);
        Assert.Equal(67, Files.Single(f => f.Entity == ExtractEntity.Stores && f.Day == first).RowCount);
    }

    [Fact]
    public void Build_ShouldHoldEveryRowOnceOnTheDayItChanged()
    {
        int Rows(string entity) => Files.Where(f => f.Entity == entity).Sum(f => f.RowCount);

        Assert.Equal(Dataset.CustomerVersions.Count, Rows(ExtractEntity.Customers));
        Assert.Equal(Dataset.ExchangeRates.Count, Rows(ExtractEntity.ExchangeRates));
        Assert.All(Files.Where(f => f.Entity == ExtractEntity.ExchangeRates), f => Assert.Equal(5, f.RowCount));
        Assert.Equal(Dataset.Orders.Sum(o => o.Placed.Lines.Count), Rows(ExtractEntity.OrderLines));
        var orderDays = Dataset.Orders.Sum(o => o.History.Select(e => DateOnly.FromDateTime(e.EventTime)).Distinct().Count());
        Assert.Equal(orderDays, Rows(ExtractEntity.Orders));
        Assert.All(Files, f => Assert.True(f.RowCount > 0));
    }

    [Fact]
    public void Build_ShouldWriteOrdersAsTheyStoodAtTheEndOfEachDay()
    {
        var file = Files.First(f => f.Entity == ExtractEntity.Orders && f.Day == new DateOnly(2024, 6, 14));
        var rows = ExtractJsonLines.Deserialize(file.Content.Span, ExtractJsonContext.Default.OrderRow);
        var byNumber = Dataset.Orders.ToDictionary(o => o.OrderNumber);

        Assert.Equal(file.RowCount, rows.Count);
        Assert.Equal(rows.Count, rows.Select(r => r.OrderNumber).Distinct().Count());
        Assert.All(rows, r =>
        {
            var last = byNumber[r.OrderNumber].History.Last(e => DateOnly.FromDateTime(e.EventTime) == file.Day);
            Assert.Equal(last.Status, r.Status);
            Assert.Equal(last.EventTime, r.UpdatedAt);
            Assert.Equal(last.DeliveryDate, r.DeliveryDate);
            Assert.Equal(DateTimeKind.Utc, r.UpdatedAt.Kind);
        });
    }

    [Fact]
    public void Build_ShouldWriteJsonLinesWithSnakeCaseNamesAndScreamingSnakeEnums()
    {
        var file = Files.First(f => f.Entity == ExtractEntity.Orders);
        var text = Encoding.UTF8.GetString(file.Content.Span);
        var lines = text.Split('\n');

        Assert.Equal(file.RowCount + 1, lines.Length);
        Assert.Equal(string.Empty, lines[^1]);
        using var row = JsonDocument.Parse(lines[0]);
        Assert.Equal(
            ["order_number", "order_date", "delivery_date", "customer_key", "store_key", "channel", "currency_code", "payment_method", "status", "updated_at"],
            row.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Matches("^(ONLINE|IN_STORE)$", row.RootElement.GetProperty("channel").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", row.RootElement.GetProperty("updated_at").GetString());
    }

    [Fact]
    public void Build_ForADayRange_ShouldHoldOnlyThoseDays()
    {
        var files = DailyExtracts.Build(Dataset, new DateOnly(2024, 12, 2), new DateOnly(2024, 12, 31));

        Assert.All(files, f => Assert.InRange(f.Day, new DateOnly(2024, 12, 2), new DateOnly(2024, 12, 31)));
        Assert.DoesNotContain(files, f => f.Entity == ExtractEntity.Products);
        Assert.Equal(30, files.Count(f => f.Entity == ExtractEntity.ExchangeRates));
    }
}

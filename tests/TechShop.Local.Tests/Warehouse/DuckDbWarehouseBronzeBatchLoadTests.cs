using System.Text;
using TechShop.Core.Extracts;
using TechShop.Core.Lake;
using TechShop.Core.Warehouse;

namespace TechShop.Local.Tests.Warehouse;

public sealed class DuckDbWarehouseBronzeBatchLoadTests : IDisposable
{
    private readonly TestWarehouse _test = new();
    private readonly WarehouseDataset _data = WarehouseDataset.Build(orders: 60, days: 4, customers: 20, products: 15);

    [Fact]
    public async Task LoadBronzeBatch_WhenObjectsSpanEntities_ShouldAuditEachAndNumberRowsWithinTheirOwnFile()
    {
        var files = _test.Lake.WriteAll(_data).Select(f => f.Object).ToList();
        var orderFiles = files.Where(f => f.Entity == ExtractEntity.Orders).ToList();
        await _test.Runner.EnsureSchemaAsync();

        var batch = await _test.Warehouse.LoadBronzeAsync(files);

        Assert.Empty(batch.Rejections);
        Assert.Equal(files.Count, batch.Outcomes.Count);
        Assert.All(batch.Outcomes, o => Assert.False(o.AlreadyLoaded));
        Assert.Equal(files.Count, await _test.CountAsync("BRONZE.LOAD_AUDIT"));
        Assert.Equal(_data.Orders.Count, await _test.CountAsync("BRONZE.ORDERS"));
        Assert.Equal(_data.Lines.Count, await _test.CountAsync("BRONZE.ORDER_LINES"));
        var perFile = await _test.Warehouse.QueryAsync(
            "SELECT _source_key, _etag, COUNT(*), MIN(_row_number), MAX(_row_number), COUNT(DISTINCT _row_number) FROM BRONZE.ORDERS GROUP BY 1, 2 ORDER BY 1");
        var expected = orderFiles.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f =>
        {
            var day = _data.Orders.Count(o => LakeKey.BatchExtract(ExtractEntity.Orders, o.Day) == f.Key);
            return (IReadOnlyList<object?>)[f.Key, f.ETag, (long)day, 1L, (long)day, (long)day];
        });
        Assert.Equal(expected, perFile.Rows);
        var audited = await _test.Warehouse.QueryAsync(
            $"SELECT object_key, rows_loaded FROM BRONZE.LOAD_AUDIT WHERE entity = 'orders' ORDER BY object_key");
        Assert.Equal(perFile.Rows.Select(r => (IReadOnlyList<object?>)[r[0], r[2]]), audited.Rows);
        Assert.Equal(_data.Orders.Count, batch.Outcomes.Where(o => o.Source.Entity == ExtractEntity.Orders).Sum(o => o.RowsLoaded));
    }

    [Fact]
    public async Task LoadBronzeBatch_WhenRowsAreRead_ShouldKeepEachFilesLineOrder()
    {
        var orderFiles = _test.Lake.WriteAll(_data).Where(f => f.Object.Entity == ExtractEntity.Orders).Select(f => f.Object).ToList();
        await _test.Runner.EnsureSchemaAsync();

        await _test.Warehouse.LoadBronzeAsync(orderFiles);

        var last = orderFiles[^1];
        var rows = await _test.Warehouse.QueryAsync(
            $"SELECT order_number FROM BRONZE.ORDERS WHERE _source_key = '{last.Key}' ORDER BY _row_number");
        var expected = _data.Orders.Where(o => LakeKey.BatchExtract(ExtractEntity.Orders, o.Day) == last.Key).Select(o => o.Row.OrderNumber);
        Assert.Equal(expected, rows.Rows.Select(r => (long)r[0]!));
    }

    [Fact]
    public async Task LoadBronzeBatch_WhenOneFileIsCorrupt_ShouldRejectOnlyThatFileAndLoadTheOthers()
    {
        var orderFiles = _test.Lake.WriteAll(_data).Where(f => f.Object.Entity == ExtractEntity.Orders).Select(f => f.Object).ToList();
        var key = LakeKey.BatchExtract(ExtractEntity.Orders, new DateOnly(2021, 2, 1));
        var corrupt = _test.Lake.WriteObject(key, ExtractEntity.Orders, Encoding.UTF8.GetBytes(
            "{\"order_number\": 1, \"order_date\": \"2021-02-01\", \"status\": \"PLACED\"}\n{\"order_number\": 2, \"order_date\": \n"));
        await _test.Runner.EnsureSchemaAsync();

        var batch = await _test.Warehouse.LoadBronzeAsync([orderFiles[0], corrupt, .. orderFiles.Skip(1)]);

        var rejection = Assert.Single(batch.Rejections);
        Assert.Equal(corrupt, rejection.RejectedObject);
        Assert.Contains("Malformed JSON", rejection.Reason, StringComparison.Ordinal);
        Assert.Equal(orderFiles.Select(f => f.Key).Order(StringComparer.Ordinal), batch.Outcomes.Select(o => o.Source.Key).Order(StringComparer.Ordinal));
        Assert.Equal(_data.Orders.Count, await _test.CountAsync("BRONZE.ORDERS"));
        Assert.Equal(orderFiles.Count, await _test.CountAsync("BRONZE.LOAD_AUDIT"));
        Assert.Equal(0L, await _test.ScalarAsync($"SELECT COUNT(*) FROM BRONZE.ORDERS WHERE _source_key = '{key}'"));
    }

    [Fact]
    public async Task LoadBronzeBatch_WhenOneFileHoldsAnotherEntitysLines_ShouldRejectOnlyThatFileNamingTheLine()
    {
        var productFiles = _test.Lake.WriteAll(_data).Where(f => f.Object.Entity == ExtractEntity.Products).Select(f => f.Object).ToList();
        var wrong = _test.Lake.WriteObject(
            LakeKey.BatchExtract(ExtractEntity.Products, new DateOnly(2021, 2, 1)), ExtractEntity.Products,
            Encoding.UTF8.GetBytes("{\"product_key\": 901, \"name\": \"Phone\"}\n{\"order_number\": 7}\n"));
        await _test.Runner.EnsureSchemaAsync();

        var batch = await _test.Warehouse.LoadBronzeAsync([wrong, .. productFiles]);

        var rejection = Assert.Single(batch.Rejections);
        Assert.Equal(wrong, rejection.RejectedObject);
        Assert.StartsWith("line 2 holds none of the columns of BRONZE.PRODUCTS", rejection.Reason, StringComparison.Ordinal);
        Assert.Equal(_data.Products.Count, await _test.CountAsync("BRONZE.PRODUCTS"));
    }

    [Fact]
    public async Task LoadBronzeBatch_WhenTheSameBatchIsDeliveredAgain_ShouldBeANoOp()
    {
        var files = _test.Lake.WriteAll(_data).Select(f => f.Object).ToList();
        await _test.Runner.EnsureSchemaAsync();
        await _test.Warehouse.LoadBronzeAsync(files);

        var again = await _test.Warehouse.LoadBronzeAsync(files);

        Assert.Empty(again.Rejections);
        Assert.Equal(files.Count, again.Outcomes.Count(o => o.AlreadyLoaded && o.RowsLoaded == 0));
        Assert.Equal(files.Count, await _test.CountAsync("BRONZE.LOAD_AUDIT"));
        Assert.Equal(_data.Orders.Count, await _test.CountAsync("BRONZE.ORDERS"));
        Assert.Equal(_data.Customers.Count, await _test.CountAsync("BRONZE.CUSTOMERS"));
    }

    [Fact]
    public async Task LoadBronzeBatch_WhenItHoldsAnObjectLoadedBefore_ShouldLoadOnlyTheOthers()
    {
        var orderFiles = _test.Lake.WriteAll(_data).Where(f => f.Object.Entity == ExtractEntity.Orders).Select(f => f.Object).ToList();
        await _test.Runner.EnsureSchemaAsync();
        var first = await _test.Warehouse.LoadBronzeAsync(orderFiles[1]);

        var batch = await _test.Warehouse.LoadBronzeAsync(orderFiles);

        Assert.Equal([orderFiles[1]], batch.Outcomes.Where(o => o.AlreadyLoaded).Select(o => o.Source));
        Assert.Equal(_data.Orders.Count - first.RowsLoaded, batch.RowsLoaded);
        Assert.Equal(_data.Orders.Count, await _test.CountAsync("BRONZE.ORDERS"));
        Assert.Equal(orderFiles.Count, await _test.CountAsync("BRONZE.LOAD_AUDIT"));
    }

    [Fact]
    public async Task LoadBronzeBatch_WhenAnObjectIsListedTwice_ShouldLoadItOnce()
    {
        var customers = _test.Lake.WriteAll(_data).First(f => f.Object.Entity == ExtractEntity.Customers).Object;
        await _test.Runner.EnsureSchemaAsync();

        var batch = await _test.Warehouse.LoadBronzeAsync([customers, customers]);

        Assert.Equal([false, true], batch.Outcomes.Select(o => o.AlreadyLoaded).Order());
        Assert.Equal(20, await _test.CountAsync("BRONZE.CUSTOMERS"));
        Assert.Equal(1, await _test.CountAsync("BRONZE.LOAD_AUDIT"));
    }

    public void Dispose() => _test.Dispose();
}

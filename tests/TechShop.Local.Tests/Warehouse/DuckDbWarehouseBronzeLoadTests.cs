using System.Text;
using TechShop.Core.Extracts;
using TechShop.Core.Lake;
using TechShop.Core.Warehouse;

namespace TechShop.Local.Tests.Warehouse;

public sealed class DuckDbWarehouseBronzeLoadTests : IDisposable
{
    private readonly TestWarehouse _test = new();
    private readonly WarehouseDataset _data = WarehouseDataset.Build(orders: 40, days: 4, customers: 20, products: 15);

    [Fact]
    public async Task LoadBronze_WhenExtractIsValid_ShouldLoadEveryRowWithLineageAndAuditIt()
    {
        var files = _test.Lake.WriteAll(_data);
        var orders = files.First(f => f.Object.Entity == ExtractEntity.Orders).Object;
        await _test.Runner.EnsureSchemaAsync();

        var outcome = await _test.Warehouse.LoadBronzeAsync(orders);

        var expectedRows = _data.Orders.Count(o => o.Day == _data.FirstDay);
        Assert.Equal(expectedRows, outcome.RowsLoaded);
        Assert.False(outcome.AlreadyLoaded);
        var lineage = await _test.Warehouse.QueryAsync(
            "SELECT MIN(_row_number) AS first_line, MAX(_row_number) AS last_line, COUNT(DISTINCT _source_key) AS keys, MIN(_etag) AS etag FROM BRONZE.ORDERS");
        Assert.Equal([1L, (long)expectedRows, 1L, orders.ETag], lineage.Rows[0]);
        var audit = await _test.Warehouse.QueryAsync("SELECT bucket, object_key, etag, entity, rows_loaded FROM BRONZE.LOAD_AUDIT");
        Assert.Equal([TestWarehouse.Bucket, orders.Key, orders.ETag, "orders", (long)expectedRows], audit.Rows.Single());
    }

    [Fact]
    public async Task LoadBronze_WhenRowsAreRead_ShouldNumberThemInFileOrder()
    {
        var first = _data.Orders.Where(o => o.Day == _data.FirstDay).Select(o => o.Row.OrderNumber).ToList();
        var orders = _test.Lake.WriteAll(_data).First(f => f.Object.Entity == ExtractEntity.Orders).Object;
        await _test.LoadAsync([orders]);

        var rows = await _test.Warehouse.QueryAsync("SELECT order_number FROM BRONZE.ORDERS ORDER BY _row_number");

        Assert.Equal(first, rows.Rows.Select(r => (long)r[0]!));
    }

    [Fact]
    public async Task LoadBronze_WhenTheSameObjectIsLoadedTwice_ShouldMakeTheSecondLoadANoOp()
    {
        var customers = _test.Lake.WriteAll(_data).First(f => f.Object.Entity == ExtractEntity.Customers).Object;
        await _test.LoadAsync([customers]);

        var second = await _test.Warehouse.LoadBronzeAsync(customers);

        Assert.True(second.AlreadyLoaded);
        Assert.Equal(0, second.RowsLoaded);
        Assert.Equal(20, await _test.CountAsync("BRONZE.CUSTOMERS"));
        Assert.Equal(1, await _test.CountAsync("BRONZE.LOAD_AUDIT"));
    }

    [Fact]
    public async Task LoadBronze_WhenALineIsMalformed_ShouldThrowNamingTheKeyAndLoadNothing()
    {
        var good = _test.Lake.WriteAll(_data).First(f => f.Object.Entity == ExtractEntity.Stores).Object;
        await _test.LoadAsync([good]);
        var key = LakeKey.BatchExtract(ExtractEntity.Orders, new DateOnly(2021, 2, 1));
        var corrupt = _test.Lake.WriteObject(key, ExtractEntity.Orders, Encoding.UTF8.GetBytes(
            "{\"order_number\": 1, \"order_date\": \"2021-02-01\", \"status\": \"PLACED\"}\n{\"order_number\": 2, \"order_date\": \n"));

        var error = await Assert.ThrowsAsync<BronzeObjectRejectedException>(() => _test.Warehouse.LoadBronzeAsync(corrupt));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.Contains("Malformed JSON", error.Reason, StringComparison.Ordinal);
        Assert.Equal(corrupt, error.RejectedObject);
        Assert.Equal(0, await _test.CountAsync("BRONZE.ORDERS"));
        Assert.Equal(1, await _test.CountAsync("BRONZE.LOAD_AUDIT"));
    }

    [Fact]
    public async Task LoadBronze_WhenAValueHasTheWrongType_ShouldThrowNamingTheValueAndLoadNothing()
    {
        await _test.Runner.EnsureSchemaAsync();
        var key = LakeKey.BatchExtract(ExtractEntity.ExchangeRates, new DateOnly(2021, 2, 1));
        var corrupt = _test.Lake.WriteObject(key, ExtractEntity.ExchangeRates, Encoding.UTF8.GetBytes(
            "{\"date\": \"2021-02-01\", \"currency\": \"EUR\", \"rate_to_usd\": 1.2}\n{\"date\": \"2021-02-31\", \"currency\": \"EUR\", \"rate_to_usd\": 1.2}\n"));

        var error = await Assert.ThrowsAsync<BronzeObjectRejectedException>(() => _test.Warehouse.LoadBronzeAsync(corrupt));

        Assert.Contains("2021-02-31", error.Reason, StringComparison.Ordinal);
        Assert.Equal(0, await _test.CountAsync("BRONZE.EXCHANGE_RATES"));
        Assert.Equal(0, await _test.CountAsync("BRONZE.LOAD_AUDIT"));
    }

    [Fact]
    public async Task LoadBronze_WhenALineHoldsNoneOfTheEntitysColumns_ShouldRejectTheFileNamingTheLine()
    {
        await _test.Runner.EnsureSchemaAsync();
        var key = LakeKey.BatchExtract(ExtractEntity.Products, new DateOnly(2021, 2, 1));
        var wrong = _test.Lake.WriteObject(key, ExtractEntity.Products, Encoding.UTF8.GetBytes(
            "{\"product_key\": 1, \"name\": \"Phone\"}\n{\"order_number\": 7}\n"));

        var error = await Assert.ThrowsAsync<BronzeObjectRejectedException>(() => _test.Warehouse.LoadBronzeAsync(wrong));

        Assert.StartsWith("line 2 holds none of the columns of BRONZE.PRODUCTS", error.Reason, StringComparison.Ordinal);
        Assert.Equal(0, await _test.CountAsync("BRONZE.PRODUCTS"));
    }

    [Fact]
    public async Task LoadBronze_WhenTheArchiveFileIsMissing_ShouldRejectNamingTheKey()
    {
        await _test.Runner.EnsureSchemaAsync();
        var key = LakeKey.StreamArchive("orders", new DateOnly(2021, 2, 1), 0, 0, 99);
        var avro = new BronzeObject(TestWarehouse.Bucket, key, "abc", "stream_orders", BronzeFormat.AvroContainer);

        var error = await Assert.ThrowsAsync<BronzeObjectRejectedException>(() => _test.Warehouse.LoadBronzeAsync(avro));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadBronze_WhenTheEntityHasNoBronzeTable_ShouldRejectNamingTheEntity()
    {
        await _test.Runner.EnsureSchemaAsync();
        var source = _test.Lake.WriteObject("raw/batch/suppliers/dt=2021-02-01/suppliers-2021-02-01.jsonl", "suppliers", "{\"a\":1}\n"u8.ToArray());

        var error = await Assert.ThrowsAsync<BronzeObjectRejectedException>(() => _test.Warehouse.LoadBronzeAsync(source));

        Assert.Contains("no table BRONZE.SUPPLIERS for entity 'suppliers'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_WhenCellsHaveEngineTypes_ShouldReturnThePortTypes()
    {
        var result = await _test.Warehouse.QueryAsync(
            "SELECT CAST(1 AS INTEGER) AS i, CAST(2.50 AS DECIMAL(18,2)) AS d, DATE '2021-01-04' AS day, TIMESTAMP '2021-01-04 09:00:00' AS ts, 'x' AS s, TRUE AS b, NULL AS n");

        Assert.Equal([1L, 2.50m, new DateOnly(2021, 1, 4), new DateTime(2021, 1, 4, 9, 0, 0), "x", true, null], result.Rows[0]);
        Assert.Equal(2, result.ColumnIndex("DAY"));
    }

    [Fact]
    public async Task Open_ShouldBoundMemoryNeverDownloadExtensionsAndInstallTheMacros()
    {
        var settings = await _test.Warehouse.QueryAsync(
            "SELECT current_setting('memory_limit') AS memory, current_setting('autoinstall_known_extensions') AS autoinstall, "
            + "current_setting('TimeZone') AS zone, IFF(DIV0(1, 0) = 0, NVL(NULL, 'macros'), 'no') AS macros, DAYOFWEEKISO(DATE '2021-01-10') AS sunday");

        Assert.Equal(["953.6 MiB", false, "UTC", "macros", 7L], settings.Rows[0]);
    }

    public void Dispose() => _test.Dispose();
}

namespace TechShop.Local.Tests.Warehouse;

public sealed class CustomerScd2Tests : IDisposable
{
    private const int Mover = 9;
    private readonly TestWarehouse _test = new();
    private readonly WarehouseDataset _data = WarehouseDataset.Build(orders: 120, days: 28, customers: 30, products: 20);

    [Fact]
    public async Task DimCustomer_WhenACustomerMoves_ShouldKeepTwoVersionsAndJoinEachOrderToTheVersionOfItsDate()
    {
        var moveDay = _data.FirstDay.AddDays(10);
        var before = _data.AddOrderFor(900_001, moveDay.AddDays(-1), Mover);
        var moved = _data.Move(Mover, moveDay, placeIndex: 3);
        var onTheDay = _data.AddOrderFor(900_002, moveDay, Mover);
        var after = _data.AddOrderFor(900_003, moveDay.AddDays(5), Mover);
        await _test.LoadAsync(_test.Lake.WriteAll(_data, _data.WeekOf).Select(f => f.Object));
        await _test.BuildSilverAsync();
        await _test.BuildGoldAsync();

        var versions = await _test.Warehouse.QueryAsync(
            $"SELECT version_number, country, city, valid_from, valid_to, is_current, customer_sk FROM GOLD.DIM_CUSTOMER WHERE customer_key = {Mover} ORDER BY version_number");
        Assert.Equal(2, versions.Rows.Count);
        var original = WarehouseDataset.Places[Mover % WarehouseDataset.Places.Length];
        Assert.Equal([1L, original.Country, original.City, new DateOnly(1900, 1, 1), moveDay, false], versions.Rows[0].Take(6));
        Assert.Equal([2L, moved.Country, moved.City, moveDay, new DateOnly(9999, 12, 31), true], versions.Rows[1].Take(6));

        var joined = await _test.Warehouse.QueryAsync(
            $"SELECT order_number, customer_sk FROM GOLD.FACT_SALES WHERE customer_key = {Mover} AND order_number >= 900000 ORDER BY order_number");
        Assert.Equal(
            [[before.OrderNumber, versions.Rows[0][6]], [onTheDay.OrderNumber, versions.Rows[1][6]], [after.OrderNumber, versions.Rows[1][6]]],
            joined.Rows.Select(r => r.ToArray()));
    }

    [Fact]
    public async Task DimCustomer_WhenACustomerIsResentUnchanged_ShouldNotStartANewVersion()
    {
        var current = _data.Customers.Single(c => c.Row.CustomerKey == Mover).Row;
        var resendDay = _data.FirstDay.AddDays(8);
        _data.Customers.Add((resendDay, current with { ChangedAt = resendDay.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc) }));
        await _test.LoadAsync(_test.Lake.WriteAll(_data, _data.WeekOf).Select(f => f.Object));
        await _test.BuildSilverAsync();
        await _test.BuildGoldAsync();

        Assert.Equal(2, await _test.CountAsync($"SILVER.CUSTOMER_VERSIONS WHERE customer_key = {Mover}"));
        Assert.Equal(1, await _test.CountAsync($"GOLD.DIM_CUSTOMER WHERE customer_key = {Mover}"));
    }

    [Fact]
    public async Task DimCustomer_WhenTheMoveArrivesAfterTheFirstBuild_ShouldCloseTheOldVersionOnTheNextBuild()
    {
        var moveDay = _data.FirstDay.AddDays(21);
        var moved = _data.Move(Mover, moveDay, placeIndex: 7);
        var files = _test.Lake.WriteAll(_data, _data.WeekOf);
        await _test.LoadAsync(files.Where(f => f.Day < moveDay).Select(f => f.Object));
        await _test.BuildSilverAsync();
        await _test.BuildGoldAsync();
        Assert.Equal(1, await _test.CountAsync($"GOLD.DIM_CUSTOMER WHERE customer_key = {Mover}"));

        await _test.LoadAsync(files.Where(f => f.Day >= moveDay).Select(f => f.Object));
        await _test.BuildSilverAsync();
        await _test.BuildGoldAsync();

        Assert.Equal(moved.Country, await _test.ScalarAsync($"SELECT country FROM GOLD.DIM_CUSTOMER WHERE customer_key = {Mover} AND is_current"));
        Assert.Equal(moveDay, await _test.ScalarAsync($"SELECT valid_to FROM GOLD.DIM_CUSTOMER WHERE customer_key = {Mover} AND NOT is_current"));
        Assert.Equal(moved.Country, await _test.ScalarAsync($"SELECT country FROM SILVER.CUSTOMERS WHERE customer_key = {Mover}"));
    }

    public void Dispose() => _test.Dispose();
}

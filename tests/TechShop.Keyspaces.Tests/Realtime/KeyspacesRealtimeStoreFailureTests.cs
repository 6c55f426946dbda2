using TechShop.Core.Domain;
using TechShop.Core.Realtime;
using TechShop.Keyspaces.Errors;
using TechShop.Keyspaces.Protocol;
using TechShop.Keyspaces.Realtime;
using TechShop.Keyspaces.Tests.Server;
using TechShop.Local.Tests.Realtime;

namespace TechShop.Keyspaces.Tests.Realtime;

/// <summary>Failures reach the batch processor as the port's pair: transient (report the records) or permanent (naming the table).</summary>
public sealed class KeyspacesRealtimeStoreFailureTests
{
    private static readonly DateOnly Day = new(2026, 3, 14);

    [Fact]
    public async Task Upsert_WhenWriteTimeoutPersistsThroughTheClientsRetries_ShouldThrowTransientStoreException()
    {
        await using var fixture = await RealtimeStoreFixture.StartAsync(
            frame => frame.Opcode == Opcode.Batch ? Replies.WriteTimeout() : null, maxAttempts: 3);

        var error = await Assert.ThrowsAsync<TransientStoreException>(() => fixture.Store.UpsertOrderItemsAsync([Item(1029)]));

        Assert.Equal(3, Assert.IsType<CqlRetriesExhaustedException>(error.InnerException).Attempts);
        Assert.Contains("techshop.order_items_by_date", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, fixture.Server.ReceivedWith(Opcode.Batch).Count);
    }

    [Fact]
    public async Task Upsert_WhenEveryPartitionsBatchTimesOut_ShouldStillThrowOneTransientStoreException()
    {
        await using var fixture = await RealtimeStoreFixture.StartAsync(
            frame => frame.Opcode == Opcode.Batch ? Replies.WriteTimeout() : null, maxAttempts: 2);

        var error = await Assert.ThrowsAsync<TransientStoreException>(
            () => fixture.Store.UpsertOrderItemsAsync([Item(1), Item(2), Item(3), Item(4)]));

        Assert.IsType<CqlRetriesExhaustedException>(error.InnerException);
        Assert.InRange(fixture.Server.ReceivedWith(Opcode.Batch).Count, 2, 8);
    }

    [Fact]
    public async Task Upsert_WhenTheServerSaysInvalid_ShouldThrowThePermanentErrorNamingTheTableWithoutRetrying()
    {
        await using var fixture = await RealtimeStoreFixture.StartAsync(
            frame => frame.Opcode == Opcode.Batch ? Replies.Error(0x2200, "Invalid decimal value for amount_usd") : null);

        var error = await Assert.ThrowsAsync<KeyspacesStoreException>(() => fixture.Store.UpsertOrderItemsAsync([Item(1029)]));

        Assert.Equal("order_items_by_date", error.Table);
        Assert.Contains("techshop.order_items_by_date", error.Message, StringComparison.Ordinal);
        Assert.Contains("Invalid decimal value for amount_usd", error.Message, StringComparison.Ordinal);
        Assert.Equal(CqlErrorCode.Invalid, Assert.IsType<CqlServerException>(error.InnerException).Code);
        Assert.Single(fixture.Server.ReceivedWith(Opcode.Batch));
    }

    [Fact]
    public async Task Read_WhenReadTimeoutPersists_ShouldThrowTransientStoreExceptionNamingTheTable()
    {
        await using var fixture = await RealtimeStoreFixture.StartAsync(
            frame => frame.Opcode == Opcode.Execute ? Replies.Error(0x1200, "Operation timed out", b => b.Short(10).Int(0).Int(1).Byte(0)) : null,
            maxAttempts: 2);

        var error = await Assert.ThrowsAsync<TransientStoreException>(() => fixture.Store.GetTopProductsAsync(Day, 5));

        Assert.Contains("techshop.order_items_by_date", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, fixture.Server.ReceivedWith(Opcode.Execute).Count);
    }

    [Fact]
    public async Task Connect_WhenTheKeyspaceLacksATable_ShouldFailAtOnceNamingIt()
    {
        var ddl = KeyspacesTable.All().Where(t => t.Name != "exchange_rates").ToList();

        var error = await Assert.ThrowsAsync<KeyspacesStoreException>(() => RealtimeStoreFixture.StartAsync(ddl: ddl));

        Assert.Equal("exchange_rates", error.Table);
        Assert.Contains("unconfigured table exchange_rates", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_WhenADdlColumnIsMissing_ShouldFailNamingTheTableAndColumn()
    {
        var ddl = KeyspacesTable.All()
            .Select(t => t.Name == "order_alerts" ? t with { Columns = t.Columns.Where(c => c.Name != "risk_kind").ToList() } : t)
            .ToList();

        var error = await Assert.ThrowsAsync<KeyspacesStoreException>(() => RealtimeStoreFixture.StartAsync(ddl: ddl));

        Assert.Equal("order_alerts", error.Table);
        Assert.Contains("Undefined column name risk_kind", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upsert_WhenTheServerTypesAColumnDifferently_ShouldThrowTheCodecErrorNamingTheTableAndColumn()
    {
        var ddl = KeyspacesTable.All()
            .Select(t => t.Name == "exchange_rates" ? t with { Columns = t.Columns.Select(c => c.Name == "rate_to_usd" ? (c.Name, "double") : c).ToList() } : t)
            .ToList();
        await using var fixture = await RealtimeStoreFixture.StartAsync(ddl: ddl);

        var error = await Assert.ThrowsAsync<KeyspacesStoreException>(
            () => fixture.Store.UpsertExchangeRatesAsync([new ExchangeRate(Day, "AUD", 0.6543m)]));

        Assert.Equal("exchange_rates", error.Table);
        Assert.Contains("'rate_to_usd' is CQL", error.Message, StringComparison.Ordinal);
        Assert.IsType<CqlCodecException>(error.InnerException);
        Assert.Empty(fixture.Server.ReceivedWith(Opcode.Batch));
    }

    private static OrderItemRow Item(long order) => new(Day, RealtimeShard.Of(order), 2115, order, 1, 3, 19.99m, "GBP", 75.83m);
}

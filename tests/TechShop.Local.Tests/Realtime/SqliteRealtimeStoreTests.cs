using Microsoft.Data.Sqlite;
using TechShop.Core.Domain;
using TechShop.Core.Realtime;
using TechShop.Local.Realtime;

namespace TechShop.Local.Tests.Realtime;

public sealed class SqliteRealtimeStoreTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "techshop-realtime-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task OpenAsync_ShouldCreateRealtimeDbInTheDataDirectoryInWalMode()
    {
        using var store = await SqliteRealtimeStore.OpenAsync(_directory);

        Assert.Equal(Path.Combine(Path.GetFullPath(_directory), "realtime.db"), store.DatabasePath);
        Assert.True(File.Exists(store.DatabasePath));
        Assert.Equal("wal", await ScalarAsync(store.DatabasePath, "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task OpenAsync_ShouldCreateTheTablesOfSqlKeyspacesWithTheirPrimaryKeys()
    {
        using var store = await SqliteRealtimeStore.OpenAsync(_directory);

        var tables = await ScalarAsync(store.DatabasePath, "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name)");
        Assert.Equal("customers,exchange_rates,order_alerts,order_events,order_items_by_date,order_revenue_by_date,processing_lag", tables);
        var key = await ScalarAsync(store.DatabasePath, "SELECT group_concat(name, ',') FROM (SELECT name FROM pragma_table_info('order_events') WHERE pk > 0 ORDER BY pk)");
        Assert.Equal("event_hour,shard,event_time,order_number,status", key);
    }

    [Fact]
    public async Task OpenAsync_WhenTheFileExists_ShouldKeepItsRows()
    {
        using (var first = await SqliteRealtimeStore.OpenAsync(_directory))
        {
            await first.UpsertExchangeRatesAsync([new ExchangeRate(new DateOnly(2026, 3, 14), "EUR", 1.0865m)]);
        }

        using var second = await SqliteRealtimeStore.OpenAsync(_directory);

        Assert.Equal(1.0865m, (await second.GetExchangeRateAsync("EUR", new DateOnly(2026, 3, 14)))!.RateToUsd);
    }

    [Fact]
    public async Task Upsert_WhenAnotherWriterHoldsTheDatabase_ShouldFailAsTransient()
    {
        using var store = await SqliteRealtimeStore.OpenAsync(_directory, busyTimeout: TimeSpan.FromSeconds(1));
        await using var other = new SqliteConnection($"Data Source={store.DatabasePath};Pooling=False");
        await other.OpenAsync();
        await using var hold = other.CreateCommand();
        hold.CommandText = "BEGIN IMMEDIATE";
        await hold.ExecuteNonQueryAsync();

        var error = await Assert.ThrowsAsync<TransientStoreException>(
            () => store.UpsertExchangeRatesAsync([new ExchangeRate(new DateOnly(2026, 3, 14), "EUR", 1.0865m)]));

        Assert.Contains("realtime.db is busy", error.Message, StringComparison.Ordinal);
        Assert.IsType<SqliteException>(error.InnerException);
    }

    [Fact]
    public async Task Decimals_ShouldRoundTripExactlyWithTheirScale()
    {
        using var store = await SqliteRealtimeStore.OpenAsync(_directory);
        await store.UpsertExchangeRatesAsync([new ExchangeRate(new DateOnly(2026, 3, 14), "CAD", 0.731234567890123456m)]);

        var rate = await store.GetExchangeRateAsync("CAD", new DateOnly(2026, 3, 14));

        Assert.Equal("0.731234567890123456", rate!.RateToUsd.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<string?> ScalarAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}

using Microsoft.Data.Sqlite;
using TechShop.Core.Domain;
using TechShop.Core.Realtime;
using static TechShop.Local.Realtime.SqliteRealtimeRows;

namespace TechShop.Local.Realtime;

/// <summary>
/// The realtime store in one SQLite file (WAL) in the local data directory: the Keyspaces tables with the same keys
/// and upsert semantics (<c>INSERT ... ON CONFLICT DO UPDATE</c>). Each call is one transaction; a busy or locked
/// database is reported as <see cref="TransientStoreException"/>.
/// </summary>
public sealed class SqliteRealtimeStore : IRealtimeStore, IDisposable
{
    /// <summary>The file name in the data directory (CONTRACTS.md "Local data directory").</summary>
    public const string FileName = "realtime.db";

    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    private readonly string _connectionString;

    private SqliteRealtimeStore(string databasePath, TimeSpan busyTimeout)
    {
        DatabasePath = databasePath;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Pooling = true,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(busyTimeout.TotalSeconds)), // 0 would mean "wait forever"
        }.ToString();
    }

    /// <summary>The database file.</summary>
    public string DatabasePath { get; }

    /// <summary>The default wait for a database another writer holds before a call fails as transient: 5 s.</summary>
    public static TimeSpan DefaultBusyTimeout { get; } = TimeSpan.FromSeconds(5);

    /// <summary>Opens (creating when absent) <c>realtime.db</c> in <paramref name="dataDirectory"/>, in WAL mode, with every table.</summary>
    /// <param name="dataDirectory">The local data directory (default <c>./.techshop</c> in the CLI).</param>
    /// <param name="busyTimeout">How long a call waits for another writer (whole seconds, at least 1); default <see cref="DefaultBusyTimeout"/>.</param>
    /// <param name="cancellationToken">Cancels the open.</param>
    public static async Task<SqliteRealtimeStore> OpenAsync(
        string dataDirectory, TimeSpan? busyTimeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        Directory.CreateDirectory(dataDirectory);
        var store = new SqliteRealtimeStore(Path.GetFullPath(Path.Combine(dataDirectory, FileName)), busyTimeout ?? DefaultBusyTimeout);
        await using var connection = await store.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;" + SqliteRealtimeSchema.Create;
        await command.ExecuteNonQueryAsync(cancellationToken);
        return store;
    }

    public Task UpsertOrderEventsAsync(IReadOnlyList<OrderEventRow> rows, CancellationToken cancellationToken = default) =>
        UpsertAsync(SqliteRealtimeSchema.UpsertOrderEvent, rows, Bind, cancellationToken);

    public Task UpsertOrderRevenueAsync(IReadOnlyList<OrderRevenueRow> rows, CancellationToken cancellationToken = default) =>
        UpsertAsync(SqliteRealtimeSchema.UpsertOrderRevenue, rows, Bind, cancellationToken);

    public Task UpsertOrderItemsAsync(IReadOnlyList<OrderItemRow> rows, CancellationToken cancellationToken = default) =>
        UpsertAsync(SqliteRealtimeSchema.UpsertOrderItem, rows, Bind, cancellationToken);

    public Task UpsertOrderAlertsAsync(IReadOnlyList<OrderAlertRow> rows, CancellationToken cancellationToken = default) =>
        UpsertAsync(SqliteRealtimeSchema.UpsertOrderAlert, rows, Bind, cancellationToken);

    public Task UpsertProcessingLagAsync(IReadOnlyList<ProcessingLagRow> rows, CancellationToken cancellationToken = default) =>
        UpsertAsync(SqliteRealtimeSchema.UpsertProcessingLag, rows, Bind, cancellationToken);

    public Task UpsertCustomersAsync(IReadOnlyList<Customer> customers, CancellationToken cancellationToken = default) =>
        UpsertAsync(SqliteRealtimeSchema.UpsertCustomer, customers, Bind, cancellationToken);

    public Task UpsertExchangeRatesAsync(IReadOnlyList<ExchangeRate> rates, CancellationToken cancellationToken = default) =>
        UpsertAsync(SqliteRealtimeSchema.UpsertExchangeRate, rates, Bind, cancellationToken);

    public async Task<IReadOnlyList<DailyRevenue>> GetRevenueByOrderDateAsync(
        DateOnly firstOrderDate, DateOnly lastOrderDate, CancellationToken cancellationToken = default) =>
        RealtimeAggregates.RevenueByOrderDate(await QueryAsync(
            "SELECT * FROM order_revenue_by_date WHERE order_date >= $from AND order_date <= $to",
            p => { p.AddWithValue("$from", RealtimeText.Of(firstOrderDate)); p.AddWithValue("$to", RealtimeText.Of(lastOrderDate)); },
            ReadOrderRevenue, cancellationToken));

    public async Task<IReadOnlyList<MinuteVolume>> GetOrdersPerMinuteAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default) =>
        RealtimeAggregates.OrdersPerMinute(await EventsBetweenAsync(fromUtc, toUtc, cancellationToken));

    public async Task<IReadOnlyList<OrderEventRow>> GetRecentOrderEventsAsync(
        DateTime fromUtc, DateTime toUtc, int limit, CancellationToken cancellationToken = default) =>
        RealtimeAggregates.Recent(await EventsBetweenAsync(fromUtc, toUtc, cancellationToken), limit);

    public async Task<IReadOnlyList<ProductSales>> GetTopProductsAsync(DateOnly orderDate, int limit, CancellationToken cancellationToken = default) =>
        RealtimeAggregates.TopProducts(await QueryAsync(
            "SELECT * FROM order_items_by_date WHERE order_date = $date",
            p => p.AddWithValue("$date", RealtimeText.Of(orderDate)), ReadOrderItem, cancellationToken), limit);

    public async Task<IReadOnlyList<PaymentMix>> GetPaymentMixAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default) =>
        RealtimeAggregates.PaymentMix(await EventsBetweenAsync(fromUtc, toUtc, cancellationToken));

    public async Task<IReadOnlyList<OrderAlertRow>> GetOrderAlertsAsync(DateOnly alertDate, CancellationToken cancellationToken = default) =>
        RealtimeAggregates.Alerts(await QueryAsync(
            "SELECT * FROM order_alerts WHERE alert_date = $date",
            p => p.AddWithValue("$date", RealtimeText.Of(alertDate)), ReadOrderAlert, cancellationToken));

    public async Task<IReadOnlyList<ProcessingLagRow>> GetProcessingLagAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default) =>
        RealtimeAggregates.Lag(await QueryAsync(
            "SELECT * FROM processing_lag WHERE lag_hour >= $from_hour AND lag_hour <= $to AND first_record_time >= $from AND first_record_time < $to",
            p =>
            {
                p.AddWithValue("$from_hour", Ms(RealtimeTime.Hour(fromUtc)));
                p.AddWithValue("$from", Ms(fromUtc));
                p.AddWithValue("$to", Ms(toUtc));
            },
            ReadProcessingLag, cancellationToken));

    public async Task<ExchangeRate?> GetExchangeRateAsync(string currency, DateOnly rateDate, CancellationToken cancellationToken = default) =>
        (await QueryAsync(
            "SELECT * FROM exchange_rates WHERE currency = $currency AND rate_date = $date",
            p => { p.AddWithValue("$currency", currency); p.AddWithValue("$date", RealtimeText.Of(rateDate)); },
            ReadExchangeRate, cancellationToken)).SingleOrDefault();

    public async Task<Customer?> GetCustomerAsync(int customerKey, CancellationToken cancellationToken = default) =>
        (await QueryAsync(
            "SELECT * FROM customers WHERE customer_key = $key",
            p => p.AddWithValue("$key", customerKey), ReadCustomer, cancellationToken)).SingleOrDefault();

    public async Task<RealtimeCounts> GetCountsAsync(CancellationToken cancellationToken = default)
    {
        var counts = await QueryAsync(
            """
            SELECT (SELECT COUNT(*) FROM order_events), (SELECT COUNT(*) FROM order_revenue_by_date),
                   (SELECT COUNT(*) FROM order_items_by_date), (SELECT COUNT(*) FROM order_alerts),
                   (SELECT COUNT(*) FROM processing_lag), (SELECT COUNT(*) FROM customers), (SELECT COUNT(*) FROM exchange_rates)
            """,
            _ => { },
            d => new RealtimeCounts(d.GetInt64(0), d.GetInt64(1), d.GetInt64(2), d.GetInt64(3), d.GetInt64(4), d.GetInt64(5), d.GetInt64(6)),
            cancellationToken);
        return counts[0];
    }

    /// <summary>Releases the pooled connections, so the file can be moved or deleted.</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private Task<List<OrderEventRow>> EventsBetweenAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken) =>
        QueryAsync(
            "SELECT * FROM order_events WHERE event_hour >= $from_hour AND event_hour <= $to AND event_time >= $from AND event_time < $to",
            p =>
            {
                p.AddWithValue("$from_hour", Ms(RealtimeTime.Hour(fromUtc)));
                p.AddWithValue("$from", Ms(fromUtc));
                p.AddWithValue("$to", Ms(toUtc));
            },
            ReadOrderEvent, cancellationToken);

    private async Task UpsertAsync<TRow>(
        string sql, IReadOnlyList<TRow> rows, Action<SqliteParameterCollection, TRow> bind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            foreach (var row in rows)
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = sql;
                bind(command.Parameters, row);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteBusy or SqliteLocked)
        {
            throw new TransientStoreException($"The realtime database {DatabasePath} is busy: {ex.Message}", ex);
        }
    }

    private async Task<List<T>> QueryAsync<T>(
        string sql, Action<SqliteParameterCollection> bind, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            bind(command.Parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(read(reader));
            }

            return rows;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteBusy or SqliteLocked)
        {
            throw new TransientStoreException($"The realtime database {DatabasePath} is busy: {ex.Message}", ex);
        }
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}

using TechShop.Core.Domain;
using TechShop.Core.Realtime;
using TechShop.Keyspaces.Session;
using static TechShop.Keyspaces.Realtime.RealtimeRowMapping;

namespace TechShop.Keyspaces.Realtime;

public sealed partial class KeyspacesRealtimeStore
{
    public async Task<IReadOnlyList<DailyRevenue>> GetRevenueByOrderDateAsync(
        DateOnly firstOrderDate, DateOnly lastOrderDate, CancellationToken cancellationToken = default) =>
        RealtimeAggregates.RevenueByOrderDate(await ReadAsync(
            RealtimeTables.OrderRevenue, _selects.RevenueOfDate, Dates(firstOrderDate, lastOrderDate), ReadOrderRevenue, cancellationToken)
            .ConfigureAwait(false));

    public async Task<IReadOnlyList<MinuteVolume>> GetOrdersPerMinuteAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default) =>
        RealtimeAggregates.OrdersPerMinute(await EventsBetweenAsync(fromUtc, toUtc, cancellationToken).ConfigureAwait(false));

    public async Task<IReadOnlyList<OrderEventRow>> GetRecentOrderEventsAsync(
        DateTime fromUtc, DateTime toUtc, int limit, CancellationToken cancellationToken = default) =>
        RealtimeAggregates.Recent(await EventsBetweenAsync(fromUtc, toUtc, cancellationToken).ConfigureAwait(false), limit);

    public async Task<IReadOnlyList<ProductSales>> GetTopProductsAsync(DateOnly orderDate, int limit, CancellationToken cancellationToken = default) =>
        RealtimeAggregates.TopProducts(await ReadAsync(
            RealtimeTables.OrderItems, _selects.ItemsOfDate, [[orderDate]], ReadOrderItem, cancellationToken).ConfigureAwait(false), limit);

    public async Task<IReadOnlyList<PaymentMix>> GetPaymentMixAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default) =>
        RealtimeAggregates.PaymentMix(await EventsBetweenAsync(fromUtc, toUtc, cancellationToken).ConfigureAwait(false));

    public async Task<IReadOnlyList<OrderAlertRow>> GetOrderAlertsAsync(DateOnly alertDate, CancellationToken cancellationToken = default) =>
        RealtimeAggregates.Alerts(await ReadAsync(
            RealtimeTables.OrderAlerts, _selects.AlertsOfDate, [[alertDate]], ReadOrderAlert, cancellationToken).ConfigureAwait(false));

    public async Task<IReadOnlyList<ProcessingLagRow>> GetProcessingLagAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default) =>
        RealtimeAggregates.Lag(await ReadAsync(
            RealtimeTables.ProcessingLag, _selects.LagOfHour, HourWindows(fromUtc, toUtc), ReadProcessingLag, cancellationToken)
            .ConfigureAwait(false));

    public async Task<ExchangeRate?> GetExchangeRateAsync(string currency, DateOnly rateDate, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        var rows = await ReadAsync(
            RealtimeTables.ExchangeRates, _selects.ExchangeRate, [[currency, rateDate]], ReadExchangeRate, cancellationToken).ConfigureAwait(false);
        return rows.SingleOrDefault();
    }

    public async Task<Customer?> GetCustomerAsync(int customerKey, CancellationToken cancellationToken = default)
    {
        var rows = await ReadAsync(
            RealtimeTables.Customers, _selects.Customer, [[customerKey]], ReadCustomer, cancellationToken).ConfigureAwait(false);
        return rows.SingleOrDefault();
    }

    /// <summary>Pages through every table's partition key columns and counts the rows: a full scan, for end-of-run summaries only.</summary>
    public async Task<RealtimeCounts> GetCountsAsync(CancellationToken cancellationToken = default)
    {
        var counts = new long[RealtimeTables.All.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, counts.Length), Parallelism(cancellationToken), async (i, token) =>
        {
            var table = RealtimeTables.All[i];
            var rows = await ReadAsync(table, _scans[table.Name], [[]], _ => true, token).ConfigureAwait(false);
            counts[i] = rows.Count;
        }).ConfigureAwait(false);
        return new RealtimeCounts(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6]);
    }

    /// <summary>Events of [from, to): one query per hour bucket, each over the 32 shards, restricted on event_time.</summary>
    private Task<List<OrderEventRow>> EventsBetweenAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken) =>
        ReadAsync(RealtimeTables.OrderEvents, _selects.EventsOfHour, HourWindows(fromUtc, toUtc), ReadOrderEvent, cancellationToken);

    /// <summary>(hour, from, to) for every hour bucket that overlaps [from, to).</summary>
    private static List<object?[]> HourWindows(DateTime fromUtc, DateTime toUtc) =>
        fromUtc >= toUtc ? [] : RealtimeTime.HoursBetween(fromUtc, toUtc).Where(h => h < toUtc).Select(h => new object?[] { h, fromUtc, toUtc }).ToList();

    private static List<object?[]> Dates(DateOnly first, DateOnly last)
    {
        var dates = new List<object?[]>();
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            dates.Add([date]);
        }

        return dates;
    }

    /// <summary>Runs <paramref name="select"/> once per binding (in parallel), reads every page, and keeps the binding order.</summary>
    private Task<List<T>> ReadAsync<T>(
        RealtimeTable table, PreparedStatement select, List<object?[]> bindings, Func<Row, T> read, CancellationToken cancellationToken) =>
        GuardAsync(Keyspace, table, "read", async () =>
        {
            var results = new List<T>[bindings.Count];
            await Parallel.ForEachAsync(Enumerable.Range(0, bindings.Count), Parallelism(cancellationToken), async (i, token) =>
            {
                var rows = new List<T>();
                var statement = select.Bind(bindings[i]) with { Consistency = _readConsistency };
                await foreach (var row in _session.ReadAllAsync(statement, token).ConfigureAwait(false))
                {
                    rows.Add(read(row));
                }

                results[i] = rows;
            }).ConfigureAwait(false);
            return results.SelectMany(r => r).ToList();
        });
}

using System.Runtime.InteropServices;
using TechShop.Core.Domain;

namespace TechShop.Core.Realtime;

/// <summary>
/// The realtime store in memory, with the primary keys and upsert semantics of the Keyspaces tables; for
/// benchmarks and tests. Thread-safe.
/// </summary>
public sealed class InMemoryRealtimeStore : IRealtimeStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(DateTime Hour, int Shard, DateTime Time, long Order, OrderStatus Status), OrderEventRow> _events = [];
    private readonly Dictionary<(DateOnly Date, int Shard, long Order), OrderRevenueRow> _revenue = [];
    private readonly Dictionary<(DateOnly Date, int Shard, int Product, long Order, int Line), OrderItemRow> _items = [];
    private readonly Dictionary<(DateOnly Date, int Shard, DateTime Time, long Order, OrderStatus Status), OrderAlertRow> _alerts = [];
    private readonly Dictionary<(DateTime Hour, DateTime First, string Topic, int Partition, long Offset), ProcessingLagRow> _lag = [];
    private readonly Dictionary<int, Customer> _customers = [];
    private readonly Dictionary<(string Currency, DateOnly Date), ExchangeRate> _rates = [];

    public Task UpsertOrderEventsAsync(IReadOnlyList<OrderEventRow> rows, CancellationToken cancellationToken = default) =>
        Upsert(rows, r => (r.EventHour, r.Shard, RealtimeTime.Millisecond(r.EventTime), r.OrderNumber, r.Status), _events, Normalise);

    public Task UpsertOrderRevenueAsync(IReadOnlyList<OrderRevenueRow> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        lock (_gate)
        {
            foreach (var row in rows)
            {
                ref var held = ref CollectionsMarshal.GetValueRefOrAddDefault(_revenue, (row.OrderDate, row.Shard, row.OrderNumber), out _);
                held = RealtimeAggregates.Merge(held, Normalise(row));
            }
        }

        return Task.CompletedTask;
    }

    public Task UpsertOrderItemsAsync(IReadOnlyList<OrderItemRow> rows, CancellationToken cancellationToken = default) =>
        Upsert(rows, r => (r.OrderDate, r.Shard, r.ProductKey, r.OrderNumber, r.LineNumber), _items, r => r);

    public Task UpsertOrderAlertsAsync(IReadOnlyList<OrderAlertRow> rows, CancellationToken cancellationToken = default) =>
        Upsert(rows, r => (r.AlertDate, r.Shard, RealtimeTime.Millisecond(r.EventTime), r.OrderNumber, r.Status), _alerts,
            r => r with { EventTime = RealtimeTime.Millisecond(r.EventTime) });

    public Task UpsertProcessingLagAsync(IReadOnlyList<ProcessingLagRow> rows, CancellationToken cancellationToken = default) =>
        Upsert(rows, r => (r.LagHour, RealtimeTime.Millisecond(r.FirstRecordTime), r.Topic, r.KafkaPartition, r.FirstOffset), _lag,
            r => r with { FirstRecordTime = RealtimeTime.Millisecond(r.FirstRecordTime), ProcessedAt = RealtimeTime.Millisecond(r.ProcessedAt) });

    public Task UpsertCustomersAsync(IReadOnlyList<Customer> customers, CancellationToken cancellationToken = default) =>
        Upsert(customers, c => c.CustomerKey, _customers, c => c with { ChangedAt = RealtimeTime.Millisecond(c.ChangedAt) });

    public Task UpsertExchangeRatesAsync(IReadOnlyList<ExchangeRate> rates, CancellationToken cancellationToken = default) =>
        Upsert(rates, r => (r.Currency, r.Date), _rates, r => r);

    public Task<IReadOnlyList<DailyRevenue>> GetRevenueByOrderDateAsync(DateOnly firstOrderDate, DateOnly lastOrderDate, CancellationToken cancellationToken = default) =>
        Read(() => RealtimeAggregates.RevenueByOrderDate(_revenue.Values.Where(r => r.OrderDate >= firstOrderDate && r.OrderDate <= lastOrderDate)));

    public Task<IReadOnlyList<MinuteVolume>> GetOrdersPerMinuteAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default) =>
        Read(() => RealtimeAggregates.OrdersPerMinute(EventsBetween(fromUtc, toUtc)));

    public Task<IReadOnlyList<OrderEventRow>> GetRecentOrderEventsAsync(DateTime fromUtc, DateTime toUtc, int limit, CancellationToken cancellationToken = default) =>
        Read(() => RealtimeAggregates.Recent(EventsBetween(fromUtc, toUtc), limit));

    public Task<IReadOnlyList<ProductSales>> GetTopProductsAsync(DateOnly orderDate, int limit, CancellationToken cancellationToken = default) =>
        Read(() => RealtimeAggregates.TopProducts(_items.Values.Where(r => r.OrderDate == orderDate), limit));

    public Task<IReadOnlyList<PaymentMix>> GetPaymentMixAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default) =>
        Read(() => RealtimeAggregates.PaymentMix(EventsBetween(fromUtc, toUtc)));

    public Task<IReadOnlyList<OrderAlertRow>> GetOrderAlertsAsync(DateOnly alertDate, CancellationToken cancellationToken = default) =>
        Read(() => RealtimeAggregates.Alerts(_alerts.Values.Where(r => r.AlertDate == alertDate)));

    public Task<IReadOnlyList<ProcessingLagRow>> GetProcessingLagAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default) =>
        Read(() => RealtimeAggregates.Lag(_lag.Values.Where(r => r.FirstRecordTime >= fromUtc && r.FirstRecordTime < toUtc)));

    public Task<ExchangeRate?> GetExchangeRateAsync(string currency, DateOnly rateDate, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_rates.GetValueOrDefault((currency, rateDate)));
        }
    }

    public Task<Customer?> GetCustomerAsync(int customerKey, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_customers.GetValueOrDefault(customerKey));
        }
    }

    public Task<RealtimeCounts> GetCountsAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(new RealtimeCounts(
                _events.Count, _revenue.Count, _items.Count, _alerts.Count, _lag.Count, _customers.Count, _rates.Count));
        }
    }

    private static OrderEventRow Normalise(OrderEventRow row) =>
        row.EventTime == RealtimeTime.Millisecond(row.EventTime) ? row : row with { EventTime = RealtimeTime.Millisecond(row.EventTime) };

    private static OrderRevenueRow Normalise(OrderRevenueRow row) =>
        row.CancelledAt == Millisecond(row.CancelledAt) && row.ReturnedAt == Millisecond(row.ReturnedAt) ? row : row with
    {
        CancelledAt = row.CancelledAt is { } c ? RealtimeTime.Millisecond(c) : null,
        ReturnedAt = row.ReturnedAt is { } r ? RealtimeTime.Millisecond(r) : null,
    };

    private static DateTime? Millisecond(DateTime? time) => time is { } t ? RealtimeTime.Millisecond(t) : null;

    private IEnumerable<OrderEventRow> EventsBetween(DateTime fromUtc, DateTime toUtc) =>
        _events.Values.Where(r => r.EventTime >= fromUtc && r.EventTime < toUtc);

    private Task Upsert<TKey, TRow>(IReadOnlyList<TRow> rows, Func<TRow, TKey> key, Dictionary<TKey, TRow> table, Func<TRow, TRow> normalise)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(rows);
        lock (_gate)
        {
            foreach (var row in rows)
            {
                table[key(row)] = normalise(row);
            }
        }

        return Task.CompletedTask;
    }

    private Task<IReadOnlyList<T>> Read<T>(Func<IReadOnlyList<T>> query)
    {
        lock (_gate)
        {
            return Task.FromResult(query());
        }
    }
}

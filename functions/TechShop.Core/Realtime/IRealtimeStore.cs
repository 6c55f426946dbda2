using TechShop.Core.Domain;

namespace TechShop.Core.Realtime;

/// <summary>
/// The realtime store port (Keyspaces in AWS, SQLite locally, memory in benchmarks). Every write is an idempotent
/// upsert keyed by the table's primary key: writing the same rows twice leaves the same rows. The batch processor
/// passes rows of one partition per call (one unlogged batch on Keyspaces); a store accepts any list.
/// A failure that may pass is thrown as <see cref="TransientStoreException"/>.
/// </summary>
public interface IRealtimeStore
{
    /// <summary>Upserts rows of <c>order_events</c>.</summary>
    Task UpsertOrderEventsAsync(IReadOnlyList<OrderEventRow> rows, CancellationToken cancellationToken = default);

    /// <summary>Upserts rows of <c>order_revenue_by_date</c>; a null cancelled/returned time keeps the stored one.</summary>
    Task UpsertOrderRevenueAsync(IReadOnlyList<OrderRevenueRow> rows, CancellationToken cancellationToken = default);

    /// <summary>Upserts rows of <c>order_items_by_date</c>.</summary>
    Task UpsertOrderItemsAsync(IReadOnlyList<OrderItemRow> rows, CancellationToken cancellationToken = default);

    /// <summary>Upserts rows of <c>order_alerts</c>.</summary>
    Task UpsertOrderAlertsAsync(IReadOnlyList<OrderAlertRow> rows, CancellationToken cancellationToken = default);

    /// <summary>Upserts rows of <c>processing_lag</c>.</summary>
    Task UpsertProcessingLagAsync(IReadOnlyList<ProcessingLagRow> rows, CancellationToken cancellationToken = default);

    /// <summary>Upserts customers (the latest write wins).</summary>
    Task UpsertCustomersAsync(IReadOnlyList<Customer> customers, CancellationToken cancellationToken = default);

    /// <summary>Upserts exchange rates, one per currency and date.</summary>
    Task UpsertExchangeRatesAsync(IReadOnlyList<ExchangeRate> rates, CancellationToken cancellationToken = default);

    /// <summary>Revenue per order date from <paramref name="firstOrderDate"/> to <paramref name="lastOrderDate"/> inclusive; dates without orders are left out.</summary>
    Task<IReadOnlyList<DailyRevenue>> GetRevenueByOrderDateAsync(DateOnly firstOrderDate, DateOnly lastOrderDate, CancellationToken cancellationToken = default);

    /// <summary>Per-minute order volume of events with <paramref name="fromUtc"/> ≤ event time &lt; <paramref name="toUtc"/>, oldest minute first.</summary>
    Task<IReadOnlyList<MinuteVolume>> GetOrdersPerMinuteAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default);

    /// <summary>The newest order events with <paramref name="fromUtc"/> ≤ event time &lt; <paramref name="toUtc"/>, newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<OrderEventRow>> GetRecentOrderEventsAsync(DateTime fromUtc, DateTime toUtc, int limit, CancellationToken cancellationToken = default);

    /// <summary>The best-selling products of an order date by USD revenue (ties by product key), at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<ProductSales>> GetTopProductsAsync(DateOnly orderDate, int limit, CancellationToken cancellationToken = default);

    /// <summary>Orders placed per payment method with <paramref name="fromUtc"/> ≤ event time &lt; <paramref name="toUtc"/>, most orders first.</summary>
    Task<IReadOnlyList<PaymentMix>> GetPaymentMixAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default);

    /// <summary>The cancellations and returns of events on one UTC date, newest first.</summary>
    Task<IReadOnlyList<OrderAlertRow>> GetOrderAlertsAsync(DateOnly alertDate, CancellationToken cancellationToken = default);

    /// <summary>Lag rows whose first record time is in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), newest first.</summary>
    Task<IReadOnlyList<ProcessingLagRow>> GetProcessingLagAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default);

    /// <summary>The rate of a currency on a date, or null when the store has none.</summary>
    Task<ExchangeRate?> GetExchangeRateAsync(string currency, DateOnly rateDate, CancellationToken cancellationToken = default);

    /// <summary>A customer by key, or null when the store has none.</summary>
    Task<Customer?> GetCustomerAsync(int customerKey, CancellationToken cancellationToken = default);

    /// <summary>Row counts of every table (a full scan on Keyspaces: for end-of-run summaries, not panels).</summary>
    Task<RealtimeCounts> GetCountsAsync(CancellationToken cancellationToken = default);
}

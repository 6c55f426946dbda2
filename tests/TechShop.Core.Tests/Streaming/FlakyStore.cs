using TechShop.Core.Domain;
using TechShop.Core.Realtime;

namespace TechShop.Core.Tests.Streaming;

/// <summary>
/// An in-memory store that throws <see cref="TransientStoreException"/> on upserts holding a row the test picks,
/// a given number of times (persistently by default), and counts what it was asked.
/// </summary>
internal sealed class FlakyStore : IRealtimeStore
{
    private readonly Lock _gate = new();

    public InMemoryRealtimeStore Inner { get; } = new();

    public Func<object, bool> FailWhen { get; set; } = _ => false;

    public int FailuresLeft { get; set; } = int.MaxValue;

    /// <summary>What a failing upsert throws; a transient write timeout by default.</summary>
    public Func<Exception> FailWith { get; set; } = () => new TransientStoreException("Write timeout (throttled) on a test partition.");

    public int UpsertCalls { get; private set; }

    public int FailedCalls { get; private set; }

    public int RateReads { get; private set; }

    public bool FailRateReads { get; set; }

    /// <summary>When set, every upsert completes asynchronously after this delay (as a networked store does).</summary>
    public TimeSpan? Latency { get; set; }

    /// <summary>The most upserts that were in flight at once.</summary>
    public int MaxInFlight { get; private set; }

    /// <summary>The upserts in flight now.</summary>
    public int InFlight => _inFlight;

    private int _inFlight;

    public Task UpsertOrderEventsAsync(IReadOnlyList<OrderEventRow> rows, CancellationToken cancellationToken = default) =>
        Track(() => Guard(rows) ?? Inner.UpsertOrderEventsAsync(rows, cancellationToken));

    public Task UpsertOrderRevenueAsync(IReadOnlyList<OrderRevenueRow> rows, CancellationToken cancellationToken = default) =>
        Track(() => Guard(rows) ?? Inner.UpsertOrderRevenueAsync(rows, cancellationToken));

    public Task UpsertOrderItemsAsync(IReadOnlyList<OrderItemRow> rows, CancellationToken cancellationToken = default) =>
        Track(() => Guard(rows) ?? Inner.UpsertOrderItemsAsync(rows, cancellationToken));

    public Task UpsertOrderAlertsAsync(IReadOnlyList<OrderAlertRow> rows, CancellationToken cancellationToken = default) =>
        Track(() => Guard(rows) ?? Inner.UpsertOrderAlertsAsync(rows, cancellationToken));

    public Task UpsertProcessingLagAsync(IReadOnlyList<ProcessingLagRow> rows, CancellationToken cancellationToken = default) =>
        Track(() => Guard(rows) ?? Inner.UpsertProcessingLagAsync(rows, cancellationToken));

    public Task UpsertCustomersAsync(IReadOnlyList<Customer> customers, CancellationToken cancellationToken = default) =>
        Track(() => Guard(customers) ?? Inner.UpsertCustomersAsync(customers, cancellationToken));

    public Task UpsertExchangeRatesAsync(IReadOnlyList<ExchangeRate> rates, CancellationToken cancellationToken = default) =>
        Track(() => Guard(rates) ?? Inner.UpsertExchangeRatesAsync(rates, cancellationToken));

    public Task<IReadOnlyList<DailyRevenue>> GetRevenueByOrderDateAsync(DateOnly firstOrderDate, DateOnly lastOrderDate, CancellationToken cancellationToken = default) =>
        Inner.GetRevenueByOrderDateAsync(firstOrderDate, lastOrderDate, cancellationToken);

    public Task<IReadOnlyList<MinuteVolume>> GetOrdersPerMinuteAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default) =>
        Inner.GetOrdersPerMinuteAsync(fromUtc, toUtc, cancellationToken);

    public Task<IReadOnlyList<OrderEventRow>> GetRecentOrderEventsAsync(DateTime fromUtc, DateTime toUtc, int limit, CancellationToken cancellationToken = default) =>
        Inner.GetRecentOrderEventsAsync(fromUtc, toUtc, limit, cancellationToken);

    public Task<IReadOnlyList<ProductSales>> GetTopProductsAsync(DateOnly orderDate, int limit, CancellationToken cancellationToken = default) =>
        Inner.GetTopProductsAsync(orderDate, limit, cancellationToken);

    public Task<IReadOnlyList<PaymentMix>> GetPaymentMixAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default) =>
        Inner.GetPaymentMixAsync(fromUtc, toUtc, cancellationToken);

    public Task<IReadOnlyList<OrderAlertRow>> GetOrderAlertsAsync(DateOnly alertDate, CancellationToken cancellationToken = default) =>
        Inner.GetOrderAlertsAsync(alertDate, cancellationToken);

    public Task<IReadOnlyList<ProcessingLagRow>> GetProcessingLagAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default) =>
        Inner.GetProcessingLagAsync(fromUtc, toUtc, cancellationToken);

    public Task<ExchangeRate?> GetExchangeRateAsync(string currency, DateOnly rateDate, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            RateReads++;
        }

        return FailRateReads
            ? Task.FromException<ExchangeRate?>(new TransientStoreException("Read timeout reading exchange_rates."))
            : Inner.GetExchangeRateAsync(currency, rateDate, cancellationToken);
    }

    public Task<Customer?> GetCustomerAsync(int customerKey, CancellationToken cancellationToken = default) =>
        Inner.GetCustomerAsync(customerKey, cancellationToken);

    public Task<RealtimeCounts> GetCountsAsync(CancellationToken cancellationToken = default) => Inner.GetCountsAsync(cancellationToken);

    private Task Track(Func<Task> upsert) => Latency is { } latency ? TrackAsync(upsert, latency) : upsert();

    private async Task TrackAsync(Func<Task> upsert, TimeSpan latency)
    {
        lock (_gate)
        {
            MaxInFlight = Math.Max(MaxInFlight, ++_inFlight);
        }

        try
        {
            await Task.Delay(latency);
            await upsert();
        }
        finally
        {
            lock (_gate)
            {
                _inFlight--;
            }
        }
    }

    private Task? Guard<T>(IReadOnlyList<T> rows)
        where T : notnull
    {
        lock (_gate)
        {
            UpsertCalls++;
            if (FailuresLeft > 0 && rows.Any(r => FailWhen(r)))
            {
                FailuresLeft--;
                FailedCalls++;
                return Task.FromException(FailWith());
            }
        }

        return null;
    }
}

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

    public int UpsertCalls { get; private set; }

    public int FailedCalls { get; private set; }

    public int RateReads { get; private set; }

    public bool FailRateReads { get; set; }

    public Task UpsertOrderEventsAsync(IReadOnlyList<OrderEventRow> rows, CancellationToken cancellationToken = default) =>
        Guard(rows) ?? Inner.UpsertOrderEventsAsync(rows, cancellationToken);

    public Task UpsertOrderRevenueAsync(IReadOnlyList<OrderRevenueRow> rows, CancellationToken cancellationToken = default) =>
        Guard(rows) ?? Inner.UpsertOrderRevenueAsync(rows, cancellationToken);

    public Task UpsertOrderItemsAsync(IReadOnlyList<OrderItemRow> rows, CancellationToken cancellationToken = default) =>
        Guard(rows) ?? Inner.UpsertOrderItemsAsync(rows, cancellationToken);

    public Task UpsertOrderAlertsAsync(IReadOnlyList<OrderAlertRow> rows, CancellationToken cancellationToken = default) =>
        Guard(rows) ?? Inner.UpsertOrderAlertsAsync(rows, cancellationToken);

    public Task UpsertProcessingLagAsync(IReadOnlyList<ProcessingLagRow> rows, CancellationToken cancellationToken = default) =>
        Guard(rows) ?? Inner.UpsertProcessingLagAsync(rows, cancellationToken);

    public Task UpsertCustomersAsync(IReadOnlyList<Customer> customers, CancellationToken cancellationToken = default) =>
        Guard(customers) ?? Inner.UpsertCustomersAsync(customers, cancellationToken);

    public Task UpsertExchangeRatesAsync(IReadOnlyList<ExchangeRate> rates, CancellationToken cancellationToken = default) =>
        Guard(rates) ?? Inner.UpsertExchangeRatesAsync(rates, cancellationToken);

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
                return Task.FromException(new TransientStoreException("Write timeout (throttled) on a test partition."));
            }
        }

        return null;
    }
}

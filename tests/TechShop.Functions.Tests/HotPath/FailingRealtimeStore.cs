using TechShop.Core.Domain;
using TechShop.Core.Realtime;

namespace TechShop.Functions.Tests.HotPath;

/// <summary>The in-memory store whose order-item writes always fail transiently (throttling that does not pass).</summary>
internal sealed class FailingRealtimeStore(InMemoryRealtimeStore inner) : IRealtimeStore
{
    public int ItemWriteAttempts { get; private set; }

    public Task UpsertOrderItemsAsync(IReadOnlyList<OrderItemRow> rows, CancellationToken cancellationToken = default)
    {
        ItemWriteAttempts++;
        throw new TransientStoreException("order_items_by_date: WriteThrottleEvents (test)");
    }

    public Task UpsertOrderEventsAsync(IReadOnlyList<OrderEventRow> rows, CancellationToken cancellationToken = default) => inner.UpsertOrderEventsAsync(rows, cancellationToken);

    public Task UpsertOrderRevenueAsync(IReadOnlyList<OrderRevenueRow> rows, CancellationToken cancellationToken = default) => inner.UpsertOrderRevenueAsync(rows, cancellationToken);

    public Task UpsertOrderAlertsAsync(IReadOnlyList<OrderAlertRow> rows, CancellationToken cancellationToken = default) => inner.UpsertOrderAlertsAsync(rows, cancellationToken);

    public Task UpsertProcessingLagAsync(IReadOnlyList<ProcessingLagRow> rows, CancellationToken cancellationToken = default) => inner.UpsertProcessingLagAsync(rows, cancellationToken);

    public Task UpsertCustomersAsync(IReadOnlyList<Customer> customers, CancellationToken cancellationToken = default) => inner.UpsertCustomersAsync(customers, cancellationToken);

    public Task UpsertExchangeRatesAsync(IReadOnlyList<ExchangeRate> rates, CancellationToken cancellationToken = default) => inner.UpsertExchangeRatesAsync(rates, cancellationToken);

    public Task<IReadOnlyList<DailyRevenue>> GetRevenueByOrderDateAsync(DateOnly firstOrderDate, DateOnly lastOrderDate, CancellationToken cancellationToken = default) => inner.GetRevenueByOrderDateAsync(firstOrderDate, lastOrderDate, cancellationToken);

    public Task<IReadOnlyList<MinuteVolume>> GetOrdersPerMinuteAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default) => inner.GetOrdersPerMinuteAsync(fromUtc, toUtc, cancellationToken);

    public Task<IReadOnlyList<OrderEventRow>> GetRecentOrderEventsAsync(DateTime fromUtc, DateTime toUtc, int limit, CancellationToken cancellationToken = default) => inner.GetRecentOrderEventsAsync(fromUtc, toUtc, limit, cancellationToken);

    public Task<IReadOnlyList<ProductSales>> GetTopProductsAsync(DateOnly orderDate, int limit, CancellationToken cancellationToken = default) => inner.GetTopProductsAsync(orderDate, limit, cancellationToken);

    public Task<IReadOnlyList<PaymentMix>> GetPaymentMixAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default) => inner.GetPaymentMixAsync(fromUtc, toUtc, cancellationToken);

    public Task<IReadOnlyList<OrderAlertRow>> GetOrderAlertsAsync(DateOnly alertDate, CancellationToken cancellationToken = default) => inner.GetOrderAlertsAsync(alertDate, cancellationToken);

    public Task<IReadOnlyList<ProcessingLagRow>> GetProcessingLagAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default) => inner.GetProcessingLagAsync(fromUtc, toUtc, cancellationToken);

    public Task<ExchangeRate?> GetExchangeRateAsync(string currency, DateOnly rateDate, CancellationToken cancellationToken = default) => inner.GetExchangeRateAsync(currency, rateDate, cancellationToken);

    public Task<Customer?> GetCustomerAsync(int customerKey, CancellationToken cancellationToken = default) => inner.GetCustomerAsync(customerKey, cancellationToken);

    public Task<RealtimeCounts> GetCountsAsync(CancellationToken cancellationToken = default) => inner.GetCountsAsync(cancellationToken);
}

using TechShop.Core.Domain;
using TechShop.Core.Realtime;

namespace TechShop.Functions.HotPath;

/// <summary>
/// A realtime store connected on first use and kept for the life of the instance: an endpoint that cannot be reached
/// fails that invocation (Lambda redelivers the batch) instead of the function's initialization, and the next
/// invocation connects again.
/// </summary>
public sealed class LazyRealtimeStore : IRealtimeStore, IAsyncDisposable
{
    private readonly Func<CancellationToken, Task<IRealtimeStore>> _connect;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IRealtimeStore? _store;

    /// <param name="connect">Opens the store (e.g. <c>KeyspacesRealtimeStore.FromEnvironmentAsync</c>).</param>
    public LazyRealtimeStore(Func<CancellationToken, Task<IRealtimeStore>> connect)
    {
        ArgumentNullException.ThrowIfNull(connect);
        _connect = connect;
    }

    /// <summary>True once a connection succeeded.</summary>
    public bool IsConnected => Volatile.Read(ref _store) is not null;

    public async Task UpsertOrderEventsAsync(IReadOnlyList<OrderEventRow> rows, CancellationToken cancellationToken = default) =>
        await (await StoreAsync(cancellationToken)).UpsertOrderEventsAsync(rows, cancellationToken);

    public async Task UpsertOrderRevenueAsync(IReadOnlyList<OrderRevenueRow> rows, CancellationToken cancellationToken = default) =>
        await (await StoreAsync(cancellationToken)).UpsertOrderRevenueAsync(rows, cancellationToken);

    public async Task UpsertOrderItemsAsync(IReadOnlyList<OrderItemRow> rows, CancellationToken cancellationToken = default) =>
        await (await StoreAsync(cancellationToken)).UpsertOrderItemsAsync(rows, cancellationToken);

    public async Task UpsertOrderAlertsAsync(IReadOnlyList<OrderAlertRow> rows, CancellationToken cancellationToken = default) =>
        await (await StoreAsync(cancellationToken)).UpsertOrderAlertsAsync(rows, cancellationToken);

    public async Task UpsertProcessingLagAsync(IReadOnlyList<ProcessingLagRow> rows, CancellationToken cancellationToken = default) =>
        await (await StoreAsync(cancellationToken)).UpsertProcessingLagAsync(rows, cancellationToken);

    public async Task UpsertCustomersAsync(IReadOnlyList<Customer> customers, CancellationToken cancellationToken = default) =>
        await (await StoreAsync(cancellationToken)).UpsertCustomersAsync(customers, cancellationToken);

    public async Task UpsertExchangeRatesAsync(IReadOnlyList<ExchangeRate> rates, CancellationToken cancellationToken = default) =>
        await (await StoreAsync(cancellationToken)).UpsertExchangeRatesAsync(rates, cancellationToken);

    public async Task<IReadOnlyList<DailyRevenue>> GetRevenueByOrderDateAsync(DateOnly firstOrderDate, DateOnly lastOrderDate, CancellationToken cancellationToken = default) =>
        await (await StoreAsync(cancellationToken)).GetRevenueByOrderDateAsync(firstOrderDate, lastOrderDate, cancellationToken);

    public async Task<IReadOnlyList<MinuteVolume>> GetOrdersPerMinuteAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default) =>
        await (await StoreAsync(cancellationToken)).GetOrdersPerMinuteAsync(fromUtc, toUtc, cancellationToken);

    public async Task<IReadOnlyList<OrderEventRow>> GetRecentOrderEventsAsync(DateTime fromUtc, DateTime toUtc, int limit, CancellationToken cancellationToken = default) =>
        await (await StoreAsync(cancellationToken)).GetRecentOrderEventsAsync(fromUtc, toUtc, limit, cancellationToken);

    public async Task<IReadOnlyList<ProductSales>> GetTopProductsAsync(DateOnly orderDate, int limit, CancellationToken cancellationToken = default) =>
        await (await StoreAsync(cancellationToken)).GetTopProductsAsync(orderDate, limit, cancellationToken);

    public async Task<IReadOnlyList<PaymentMix>> GetPaymentMixAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default) =>
        await (await StoreAsync(cancellationToken)).GetPaymentMixAsync(fromUtc, toUtc, cancellationToken);

    public async Task<IReadOnlyList<OrderAlertRow>> GetOrderAlertsAsync(DateOnly alertDate, CancellationToken cancellationToken = default) =>
        await (await StoreAsync(cancellationToken)).GetOrderAlertsAsync(alertDate, cancellationToken);

    public async Task<IReadOnlyList<ProcessingLagRow>> GetProcessingLagAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default) =>
        await (await StoreAsync(cancellationToken)).GetProcessingLagAsync(fromUtc, toUtc, cancellationToken);

    public async Task<ExchangeRate?> GetExchangeRateAsync(string currency, DateOnly rateDate, CancellationToken cancellationToken = default) =>
        await (await StoreAsync(cancellationToken)).GetExchangeRateAsync(currency, rateDate, cancellationToken);

    public async Task<Customer?> GetCustomerAsync(int customerKey, CancellationToken cancellationToken = default) =>
        await (await StoreAsync(cancellationToken)).GetCustomerAsync(customerKey, cancellationToken);

    public async Task<RealtimeCounts> GetCountsAsync(CancellationToken cancellationToken = default) =>
        await (await StoreAsync(cancellationToken)).GetCountsAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        switch (Interlocked.Exchange(ref _store, null))
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }

        _gate.Dispose();
    }

    private ValueTask<IRealtimeStore> StoreAsync(CancellationToken cancellationToken) =>
        Volatile.Read(ref _store) is { } store ? ValueTask.FromResult(store) : ConnectAsync(cancellationToken);

    private async ValueTask<IRealtimeStore> ConnectAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Concurrent writers of the first batch wait for one connection; a failed attempt leaves none cached.
            return _store ??= await _connect(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }
}

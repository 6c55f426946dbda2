using TechShop.Core.Warehouse;

namespace TechShop.Functions.ColdPath;

/// <summary>
/// The warehouse of one function instance: opened on first use (so a bad setting fails the invocation with its
/// message, not the init), with the schema ensured once per cold start; a failed open is retried on the next call.
/// </summary>
public sealed class WarehouseSession : IDisposable
{
    private readonly Func<CancellationToken, Task<IWarehouse>> _open;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private IWarehouse? _warehouse;

    public WarehouseSession(Func<CancellationToken, Task<IWarehouse>> open) =>
        _open = open ?? throw new ArgumentNullException(nameof(open));

    /// <summary>A session over an already open warehouse (local runs, tests).</summary>
    public WarehouseSession(IWarehouse warehouse)
        : this(_ => Task.FromResult(warehouse ?? throw new ArgumentNullException(nameof(warehouse))))
    {
    }

    /// <summary>The warehouse, its BRONZE, SILVER, GOLD and QUALITY schemas created.</summary>
    public async Task<IWarehouse> GetAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _warehouse) is { } ready)
        {
            return ready;
        }

        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_warehouse is null)
            {
                var warehouse = await _open(cancellationToken).ConfigureAwait(false);
                await new ModelRunner(warehouse).EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref _warehouse, warehouse);
            }

            return _warehouse;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Releases the open lock; the warehouse itself belongs to whoever opened it.</summary>
    public void Dispose() => _lock.Dispose();
}

using TechShop.Core.Realtime;
using TechShop.Core.Warehouse;
using TechShop.Local.Realtime;

namespace TechShop.Local.Dashboard;

/// <summary>
/// What the dashboard reads: the realtime store (live panels), where its stream time stands, and the warehouse
/// (historical views). The warehouse is an instance the caller owns: inside <c>techshop run --dashboard</c> it is the
/// run's own <see cref="IWarehouse"/> (DuckDB allows one read-write process per file, and its connection serialises
/// statements), standalone it is opened by <c>techshop dashboard</c>. Null when there is none, with the reason.
/// </summary>
public sealed record DashboardSources(
    IRealtimeStore Realtime,
    Func<CancellationToken, Task<LiveHorizon>> Horizon,
    IWarehouse? Warehouse,
    string? WarehouseUnavailableReason = null)
{
    /// <summary>The local stores: the SQLite realtime store (its horizon read from its file) and the warehouse, if any.</summary>
    public static DashboardSources Local(SqliteRealtimeStore realtime, IWarehouse? warehouse, string? warehouseUnavailableReason = null)
    {
        ArgumentNullException.ThrowIfNull(realtime);
        return new DashboardSources(realtime, SqliteLiveHorizon.Of(realtime), warehouse,
            warehouse is null ? warehouseUnavailableReason ?? "No warehouse was given to the dashboard." : null);
    }
}

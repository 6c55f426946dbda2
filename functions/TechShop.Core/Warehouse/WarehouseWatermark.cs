namespace TechShop.Core.Warehouse;

/// <summary>
/// The build log of <c>SILVER.WATERMARKS</c>: the bronze load time silver has reached, and the silver high-water
/// the published gold was built from. Also reads the bronze high-water (the newest load in the audit).
/// </summary>
public sealed class WarehouseWatermark
{
    public const string SilverLayer = "silver";
    public const string GoldLayer = "gold";

    private readonly IWarehouse _warehouse;

    public WarehouseWatermark(IWarehouse warehouse) =>
        _warehouse = warehouse ?? throw new ArgumentNullException(nameof(warehouse));

    /// <summary>The newest high-water recorded for <paramref name="layer"/>, or null when it was never built.</summary>
    public async Task<DateTime?> ReadAsync(string layer, CancellationToken cancellationToken = default)
    {
        var result = await _warehouse.QueryAsync(
            $"SELECT MAX(high_water) AS high_water FROM SILVER.WATERMARKS WHERE layer = {SqlLiteral.String(layer)}",
            cancellationToken).ConfigureAwait(false);
        return AsTimestamp(result);
    }

    /// <summary>Records that a build of <paramref name="layer"/> reached <paramref name="highWater"/>.</summary>
    public Task WriteAsync(string layer, string runId, DateTime highWater, DateTime builtAt, CancellationToken cancellationToken = default) =>
        _warehouse.ExecuteAsync(
            "INSERT INTO SILVER.WATERMARKS (layer, run_id, high_water, built_at) VALUES ("
            + $"{SqlLiteral.String(layer)}, {SqlLiteral.String(runId)}, {SqlLiteral.Timestamp(highWater)}, {SqlLiteral.Timestamp(builtAt)})",
            cancellationToken);

    /// <summary>The load time of the newest object in <c>BRONZE.LOAD_AUDIT</c>, or null when nothing was loaded.</summary>
    public async Task<DateTime?> BronzeHighWaterAsync(CancellationToken cancellationToken = default)
    {
        var result = await _warehouse.QueryAsync("SELECT MAX(loaded_at) AS high_water FROM BRONZE.LOAD_AUDIT", cancellationToken)
            .ConfigureAwait(false);
        return AsTimestamp(result);
    }

    private static DateTime? AsTimestamp(QueryResult result) =>
        result.Rows.Count == 0 ? null : result.Rows[0][result.ColumnIndex("high_water")] switch
        {
            null => null,
            DateTime t => t,
            DateTimeOffset t => t.UtcDateTime,
            var other => throw new InvalidOperationException($"Expected a TIMESTAMP high-water, got {other.GetType().Name} '{other}'."),
        };
}

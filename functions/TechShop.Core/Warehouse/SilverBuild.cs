namespace TechShop.Core.Warehouse;

/// <summary>
/// Builds SILVER incrementally: MERGE from the bronze rows loaded after the silver watermark, then moves the
/// watermark to the newest bronze load it read. Re-running is safe (MERGE keeps the latest version per key).
/// </summary>
public sealed class SilverBuild
{
    /// <summary>Rows loaded shortly before the watermark are read again, for loads that committed late; MERGE makes it harmless.</summary>
    public static readonly TimeSpan DefaultLookback = TimeSpan.FromMinutes(15);

    private static readonly DateTime Beginning = new(1900, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly ModelRunner _runner;
    private readonly WarehouseWatermark _watermark;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _lookback;
    private readonly bool _ensureSchema;

    /// <summary>A silver build; <paramref name="ensureSchema"/> false skips the setup models when the caller ran them already (a warm session).</summary>
    public SilverBuild(IWarehouse warehouse, ModelCatalog? catalog = null, TimeProvider? clock = null, TimeSpan? lookback = null, bool ensureSchema = true)
    {
        _ensureSchema = ensureSchema;
        _runner = new ModelRunner(warehouse, catalog);
        _watermark = new WarehouseWatermark(warehouse);
        _clock = clock ?? TimeProvider.System;
        _lookback = lookback ?? DefaultLookback;
    }

    /// <summary>Runs the silver models over the bronze rows not yet merged.</summary>
    public async Task<SilverBuildOutcome> RunAsync(CancellationToken cancellationToken = default)
    {
        var runId = RunId.New("silver", _clock.GetUtcNow().UtcDateTime);
        if (_ensureSchema)
        {
            await _runner.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        }

        var watermark = await _watermark.ReadAsync(WarehouseWatermark.SilverLayer, cancellationToken).ConfigureAwait(false);
        var bronzeHighWater = await _watermark.BronzeHighWaterAsync(cancellationToken).ConfigureAwait(false);
        if (bronzeHighWater is null || (watermark is not null && bronzeHighWater <= watermark))
        {
            return new SilverBuildOutcome(runId, watermark, watermark, UpToDate: true, []);
        }

        var from = watermark is null ? Beginning : watermark.Value - _lookback;
        var parameters = new Dictionary<string, string>
        {
            ["bronze_from"] = SqlLiteral.Timestamp(from),
            ["bronze_to"] = SqlLiteral.Timestamp(bronzeHighWater.Value),
        };
        var runs = await _runner.RunLayerAsync(SqlModelKind.Build, "silver", parameters, cancellationToken).ConfigureAwait(false);
        await _watermark.WriteAsync(
            WarehouseWatermark.SilverLayer, runId, bronzeHighWater.Value, _clock.GetUtcNow().UtcDateTime, cancellationToken).ConfigureAwait(false);
        return new SilverBuildOutcome(runId, from, bronzeHighWater, UpToDate: false, runs);
    }
}

namespace TechShop.Core.Warehouse;

/// <summary>
/// Builds GOLD into GOLD_STAGE from silver, runs the quality gate, and only when it passes copies the staged tables
/// to GOLD and (re)creates the reporting views. Never builds from a silver that is behind bronze. Re-running is
/// safe: every gold table is rebuilt whole.
/// </summary>
public sealed class GoldBuild
{
    public const string StageSchema = "GOLD_STAGE";
    public const string PublishedSchema = "GOLD";

    private readonly IWarehouse _warehouse;
    private readonly ModelRunner _runner;
    private readonly WarehouseWatermark _watermark;
    private readonly QualityGate _gate;
    private readonly TimeProvider _clock;
    private readonly bool _ensureSchema;

    /// <summary>A gold build; <paramref name="ensureSchema"/> false skips the setup models when the caller ran them already (a warm session).</summary>
    public GoldBuild(IWarehouse warehouse, ModelCatalog? catalog = null, TimeProvider? clock = null, bool ensureSchema = true)
    {
        _ensureSchema = ensureSchema;
        _warehouse = warehouse ?? throw new ArgumentNullException(nameof(warehouse));
        _runner = new ModelRunner(warehouse, catalog);
        _watermark = new WarehouseWatermark(warehouse);
        _clock = clock ?? TimeProvider.System;
        _gate = new QualityGate(warehouse, _runner.Catalog, _clock);
    }

    /// <summary>Builds, gates and (when the gate passes) publishes gold.</summary>
    public async Task<GoldBuildOutcome> RunAsync(CancellationToken cancellationToken = default)
    {
        var runId = RunId.New("gold", _clock.GetUtcNow().UtcDateTime);
        if (_ensureSchema)
        {
            await _runner.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        }

        var silverHighWater = await _watermark.ReadAsync(WarehouseWatermark.SilverLayer, cancellationToken).ConfigureAwait(false);
        var bronzeHighWater = await _watermark.BronzeHighWaterAsync(cancellationToken).ConfigureAwait(false);
        if (bronzeHighWater is not null && (silverHighWater is null || bronzeHighWater > silverHighWater))
        {
            return new GoldBuildOutcome(runId, GoldBuildStatus.SilverBehind, silverHighWater, bronzeHighWater, [], null);
        }

        var goldModels = _runner.Catalog.InRunOrder(SqlModelKind.Build, "gold");
        var runs = new List<ModelRun>(await _runner.RunAsync(goldModels, null, cancellationToken).ConfigureAwait(false));
        var gate = await _gate.RunAsync(runId, cancellationToken).ConfigureAwait(false);
        if (!gate.Passed)
        {
            return new GoldBuildOutcome(runId, GoldBuildStatus.GateFailed, silverHighWater, bronzeHighWater, runs, gate);
        }

        foreach (var model in goldModels)
        {
            await PublishTableAsync(model, cancellationToken).ConfigureAwait(false);
        }

        runs.AddRange(await _runner.RunLayerAsync(SqlModelKind.Publish, null, null, cancellationToken).ConfigureAwait(false));
        await _watermark.WriteAsync(
            WarehouseWatermark.GoldLayer,
            runId,
            silverHighWater ?? DateTime.UnixEpoch,
            _clock.GetUtcNow().UtcDateTime,
            cancellationToken).ConfigureAwait(false);
        return new GoldBuildOutcome(runId, GoldBuildStatus.Published, silverHighWater, bronzeHighWater, runs, gate);
    }

    /// <summary>The table a gold model builds: <c>GOLD_STAGE.&lt;STEM&gt;</c>, by convention of sql/warehouse/README.md.</summary>
    public static string TableOf(SqlModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var table = model.Name[(model.Name.IndexOf('.', StringComparison.Ordinal) + 1)..].ToUpperInvariant();
        return model.Sql.Contains($"{StageSchema}.{table} ", StringComparison.OrdinalIgnoreCase)
            ? table
            : throw new SqlModelException(model.Name, $"a gold build model must create {StageSchema}.{table} (the table named after its file).");
    }

    private Task<long> PublishTableAsync(SqlModel model, CancellationToken cancellationToken)
    {
        // A copy, not ALTER TABLE ... SWAP WITH: the portable spelling; at this size it takes well under a second.
        var table = TableOf(model);
        return _warehouse.ExecuteAsync(
            $"CREATE OR REPLACE TABLE {PublishedSchema}.{table} AS SELECT * FROM {StageSchema}.{table}", cancellationToken);
    }
}

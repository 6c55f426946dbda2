using TechShop.Core.Warehouse;
using TechShop.Lambda.Events.Scheduled;
using TechShop.Lambda.Hosting;

namespace TechShop.Functions.ColdPath;

/// <summary>
/// <c>gold-build</c>: on its schedule, builds gold behind the quality gate. A failed gate is an answer, not an error
/// (GOLD stays on the last good build and the alarm metric fires); a silver behind bronze is reported and left to the
/// next run after silver-build.
/// </summary>
public sealed class GoldBuildHandler : ScheduledEventHandler<GoldBuildResponse>
{
    public const string HandlerName = "gold-build";

    private readonly WarehouseSession _warehouse;
    private readonly ColdPathMetrics _metrics;
    private readonly TimeProvider? _time;

    public GoldBuildHandler(WarehouseSession warehouse, ColdPathMetrics metrics, TimeProvider? time = null)
        : base(ColdPathJsonContext.Default.GoldBuildResponse)
    {
        _warehouse = warehouse ?? throw new ArgumentNullException(nameof(warehouse));
        _metrics = metrics ?? throw new ArgumentNullException(nameof(metrics));
        _time = time;
    }

    public override string Name => HandlerName;

    protected override async Task<GoldBuildResponse> HandleEventAsync(ScheduledEvent lambdaEvent, ILambdaContext context, CancellationToken cancellationToken)
    {
        var warehouse = await _warehouse.GetAsync(cancellationToken).ConfigureAwait(false);
        // The session ran the setup models when it opened the warehouse: not again on every scheduled run.
        var outcome = await new GoldBuild(warehouse, clock: _time, ensureSchema: false).RunAsync(cancellationToken).ConfigureAwait(false);
        var rows = outcome.Models.Sum(m => m.RowsAffected);
        var gate = outcome.Gate;
        var failed = gate?.Failures.Select(f => f.CheckName).ToList() ?? [];
        switch (outcome.Status)
        {
            case GoldBuildStatus.SilverBehind:
                context.Logger.LogWarning(
                    $"Gold run {outcome.RunId}: not built, silver (high-water {outcome.SilverHighWater:O}) is behind bronze ({outcome.BronzeHighWater:O}); run silver-build first.");
                break;
            case GoldBuildStatus.GateFailed:
                context.Logger.LogError(
                    $"Gold run {outcome.RunId}: the quality gate failed {failed.Count} checks ({string.Join(", ", failed)}); GOLD stays on the last good build.");
                break;
            default:
                context.Logger.LogInformation($"Gold run {outcome.RunId}: published from silver high-water {outcome.SilverHighWater:O}, {outcome.Models.Count} models.");
                break;
        }

        foreach (var warned in gate?.Results.Where(r => r.Status == QualityCheckStatus.Warn) ?? [])
        {
            context.Logger.LogWarning($"Quality check {warned.CheckName} (warn) observed {warned.ObservedValue} against threshold {warned.Threshold}.");
        }

        if (gate is not null)
        {
            _metrics.QualityGate(context.Metrics.Namespace, gate);
        }

        return new GoldBuildResponse(
            outcome.RunId,
            outcome.Status,
            outcome.SilverHighWater,
            outcome.BronzeHighWater,
            outcome.Models.Count,
            rows,
            gate?.Results.Count(r => r.Status == QualityCheckStatus.Pass) ?? 0,
            gate?.Results.Count(r => r.Status == QualityCheckStatus.Warn) ?? 0,
            gate?.FailedChecks ?? 0,
            failed);
    }
}

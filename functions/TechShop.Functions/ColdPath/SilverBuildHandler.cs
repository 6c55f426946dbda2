using TechShop.Core.Warehouse;
using TechShop.Lambda.Events.Scheduled;
using TechShop.Lambda.Hosting;

namespace TechShop.Functions.ColdPath;

/// <summary><c>silver-build</c>: on its schedule, merges the bronze loads newer than the silver watermark (re-running is safe).</summary>
public sealed class SilverBuildHandler : ScheduledEventHandler<SilverBuildResponse>
{
    public const string HandlerName = "silver-build";

    private readonly WarehouseSession _warehouse;
    private readonly TimeProvider? _time;

    public SilverBuildHandler(WarehouseSession warehouse, TimeProvider? time = null)
        : base(ColdPathJsonContext.Default.SilverBuildResponse)
    {
        _warehouse = warehouse ?? throw new ArgumentNullException(nameof(warehouse));
        _time = time;
    }

    public override string Name => HandlerName;

    protected override async Task<SilverBuildResponse> HandleEventAsync(ScheduledEvent lambdaEvent, ILambdaContext context, CancellationToken cancellationToken)
    {
        var warehouse = await _warehouse.GetAsync(cancellationToken).ConfigureAwait(false);
        // The session ran the setup models when it opened the warehouse: not again on every scheduled run.
        var outcome = await new SilverBuild(warehouse, clock: _time, ensureSchema: false).RunAsync(cancellationToken).ConfigureAwait(false);
        var rows = outcome.Models.Sum(m => m.RowsAffected);
        context.Logger.LogInformation(outcome.UpToDate
            ? $"Silver run {outcome.RunId}: up to date (watermark {outcome.BronzeTo:O}); fired at {lambdaEvent.Time:O}."
            : $"Silver run {outcome.RunId}: merged bronze loads in ({outcome.BronzeFrom:O}, {outcome.BronzeTo:O}] with {outcome.Models.Count} models, {rows} rows affected.");
        ColdPathMetrics.Records(context.Metrics, rows, rows);
        return new SilverBuildResponse(outcome.RunId, outcome.UpToDate ? "UpToDate" : "Merged", outcome.BronzeFrom, outcome.BronzeTo, outcome.Models.Count, rows);
    }
}

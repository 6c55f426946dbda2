using TechShop.Core.Lake;
using TechShop.Core.Warehouse;
using TechShop.Lambda.Events.S3;
using TechShop.Lambda.Hosting;

namespace TechShop.Functions.ColdPath;

/// <summary>
/// <c>bronze-load</c>: for each ObjectCreated record, loads the object into bronze exactly once (the warehouse's load
/// audit makes duplicates and retries no-ops). A file that can never load is quarantined with its reason and the other
/// records go on; a key outside the raw prefixes is skipped; a transient failure propagates so Lambda retries the event.
/// </summary>
public sealed class BronzeLoadHandler : S3EventHandler<BronzeLoadResponse>
{
    public const string HandlerName = "bronze-load";

    private readonly ILake _lake;
    private readonly WarehouseSession _warehouse;
    private readonly LakeQuarantine _quarantine;

    public BronzeLoadHandler(ILake lake, WarehouseSession warehouse, TimeProvider? time = null)
        : base(ColdPathJsonContext.Default.BronzeLoadResponse)
    {
        _lake = lake ?? throw new ArgumentNullException(nameof(lake));
        _warehouse = warehouse ?? throw new ArgumentNullException(nameof(warehouse));
        _quarantine = new LakeQuarantine(lake, time);
    }

    public override string Name => HandlerName;

    protected override async Task<BronzeLoadResponse> HandleEventAsync(S3Event lambdaEvent, ILambdaContext context, CancellationToken cancellationToken)
    {
        var outcomes = new List<BronzeRecordOutcome>(lambdaEvent.Records.Count);
        foreach (var record in lambdaEvent.Records)
        {
            outcomes.Add(await HandleRecordAsync(record, context, cancellationToken).ConfigureAwait(false));
        }

        var response = new BronzeLoadResponse(outcomes);
        var quarantined = response.Quarantined > 0
            ? new Dictionary<string, long> { ["quarantined"] = response.Quarantined }
            : null;
        ColdPathMetrics.Records(context.Metrics, lambdaEvent.Records.Count, response.RowsLoaded, quarantined);
        return response;
    }

    private async Task<BronzeRecordOutcome> HandleRecordAsync(S3EventNotificationRecord record, ILambdaContext context, CancellationToken cancellationToken)
    {
        var bucket = record.S3.Bucket.Name;
        var key = record.S3.Object.KeyDecoded;
        var eTag = record.S3.Object.ETag;
        if (!record.IsObjectCreated)
        {
            context.Logger.LogInformation($"Skipped s3://{bucket}/{key}: event {record.EventName} is not an ObjectCreated event.");
            return new BronzeRecordOutcome(bucket, key, eTag, BronzeRecordStatus.Skipped, null, 0, $"event {record.EventName}", null);
        }

        if (string.IsNullOrEmpty(eTag) || !string.Equals(bucket, _lake.Bucket, StringComparison.Ordinal)
            || BronzeObjectRouter.Route(bucket, key, eTag) is not { } source)
        {
            var why = !string.Equals(bucket, _lake.Bucket, StringComparison.Ordinal)
                ? $"the bucket is not the lake bucket {_lake.Bucket}"
                : string.IsNullOrEmpty(eTag) ? "the record has no eTag" : $"the key is not below {LakeKey.RawBatchPrefix}<entity>/ or {LakeKey.RawStreamPrefix}<topic>/";
            context.Logger.LogInformation($"Skipped s3://{bucket}/{key}: {why}.");
            return new BronzeRecordOutcome(bucket, key, eTag, BronzeRecordStatus.Skipped, null, 0, why, null);
        }

        try
        {
            var warehouse = await _warehouse.GetAsync(cancellationToken).ConfigureAwait(false);
            var loaded = await warehouse.LoadBronzeAsync(source, cancellationToken).ConfigureAwait(false);
            if (loaded.AlreadyLoaded)
            {
                context.Logger.LogInformation($"s3://{bucket}/{key} (etag {eTag}) is in the load audit already: nothing to do.");
                return new BronzeRecordOutcome(bucket, key, eTag, BronzeRecordStatus.AlreadyLoaded, source.Entity, 0, null, null);
            }

            context.Logger.LogInformation($"Loaded {loaded.RowsLoaded} rows of s3://{bucket}/{key} (etag {eTag}) into bronze entity {source.Entity}.");
            return new BronzeRecordOutcome(bucket, key, eTag, BronzeRecordStatus.Loaded, source.Entity, loaded.RowsLoaded, null, null);
        }
        catch (BronzeObjectRejectedException e)
        {
            return await QuarantineAsync(source, e.Reason, context, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<BronzeRecordOutcome> QuarantineAsync(BronzeObject source, string reason, ILambdaContext context, CancellationToken cancellationToken)
    {
        var destination = await _quarantine.QuarantineAsync(source, reason, cancellationToken).ConfigureAwait(false);
        if (destination is null)
        {
            context.Logger.LogWarning($"s3://{source.Bucket}/{source.Key} (etag {source.ETag}) no longer exists and was never quarantined: {reason}");
            return new BronzeRecordOutcome(source.Bucket, source.Key, source.ETag, BronzeRecordStatus.Missing, source.Entity, 0, reason, null);
        }

        context.Logger.LogWarning($"Quarantined s3://{source.Bucket}/{source.Key} (etag {source.ETag}) to {destination}: {reason}");
        return new BronzeRecordOutcome(source.Bucket, source.Key, source.ETag, BronzeRecordStatus.Quarantined, source.Entity, 0, reason, destination);
    }
}

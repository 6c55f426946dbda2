using System.Globalization;
using TechShop.Core.Lake;
using TechShop.Core.Warehouse;
using TechShop.Lambda.Events.S3;
using TechShop.Lambda.Events.Sqs;
using TechShop.Lambda.Hosting;

namespace TechShop.Functions.ColdPath;

/// <summary>
/// <c>bronze-load</c>: for each ObjectCreated record, loads the object into bronze exactly once (the warehouse's load
/// audit makes duplicates and retries no-ops), all records of an invocation in one batch. Notifications arrive directly
/// from S3 (locally, one event of many records) or through the SQS queue the lake bucket notifies in AWS (a batch of
/// messages). A file that can never load is quarantined with its reason and the other records go on; a key outside the
/// raw prefixes is skipped; a transient failure fails the direct event, or reports the queued messages left to retry.
/// </summary>
public sealed class BronzeLoadHandler : S3NotificationHandler<BronzeLoadResponse>
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

    protected override async Task<BronzeLoadResponse> HandleS3EventAsync(S3Event lambdaEvent, ILambdaContext context, CancellationToken cancellationToken)
    {
        var plan = Plan(lambdaEvent.Records, context);
        return await LoadAsync(lambdaEvent.Records, plan, context, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// All S3 records of all messages go into one batch load. A test event is acknowledged; a body that is not an S3
    /// notification is reported failed on every receive, so the queue's redrive policy moves it to the dead-letter queue
    /// after maxReceiveCount receives (kept for inspection, never dropped); a transient failure reports the messages
    /// whose objects were in the batch (those that did commit are load audit no-ops on the retry).
    /// </summary>
    protected override async Task<SqsBatchResponse> HandleSqsEventAsync(SqsEvent lambdaEvent, ILambdaContext context, CancellationToken cancellationToken)
    {
        var messages = lambdaEvent.Records;
        var records = new List<S3EventNotificationRecord>();
        var owners = new List<int>();
        var failed = new SortedSet<int>();
        for (var m = 0; m < messages.Count; m++)
        {
            var message = messages[m];
            try
            {
                var notification = S3NotificationMessage.Parse(message.Body);
                if (notification.IsTestEvent)
                {
                    context.Logger.LogInformation(
                        $"Skipped SQS message {message.MessageId}: the {S3NotificationMessage.TestEventName} S3 sends when the notification configuration of bucket {notification.Bucket} is saved.");
                    continue;
                }

                foreach (var record in notification.Records!)
                {
                    records.Add(record);
                    owners.Add(m);
                }
            }
            catch (S3NotificationFormatException e)
            {
                failed.Add(m);
                context.Logger.LogError(
                    $"SQS message {message.MessageId} (receive {message.ApproximateReceiveCount?.ToString(CultureInfo.InvariantCulture) ?? "?"}) from {message.EventSourceArn} is not an S3 notification: {e.Message}. "
                    + "It is reported failed, so the queue moves it to its dead-letter queue after maxReceiveCount receives.");
            }
        }

        var plan = Plan(records, context);
        try
        {
            var response = await LoadAsync(records, plan, context, cancellationToken).ConfigureAwait(false);
            context.Logger.LogInformation(
                $"{messages.Count} SQS messages, {records.Count} S3 records: {response.Loaded} loaded ({response.RowsLoaded} rows), {response.AlreadyLoaded} already loaded, "
                + $"{response.Quarantined} quarantined, {response.Skipped} skipped, {response.Missing} missing; {failed.Count} messages reported failed.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The batch did not finish: the messages with an object in it go back to the queue; skipped ones need no retry.
            var retried = Enumerable.Range(0, records.Count).Where(i => plan.Outcomes[i] is null).Select(i => owners[i]).ToHashSet();
            failed.UnionWith(retried);
            context.Logger.LogError(
                $"The batch load of {plan.Sources.Count} objects from {messages.Count} SQS messages failed ({e.GetType().Name}: {e.Message}); "
                + $"the {retried.Count} messages with objects in it are reported failed and will be retried.");
        }

        return SqsBatchResponse.ForFailedMessages(failed.Select(m => messages[m]));
    }

    private BronzeLoadPlan Plan(IReadOnlyList<S3EventNotificationRecord> records, ILambdaContext context)
    {
        var outcomes = new BronzeRecordOutcome?[records.Count];
        var sources = new List<BronzeObject>(records.Count);
        var distinct = new HashSet<(string, string, string)>();
        for (var i = 0; i < outcomes.Length; i++)
        {
            outcomes[i] = Classify(records[i], context, out var source);
            if (source is not null && distinct.Add((source.Bucket, source.Key, source.ETag)))
            {
                sources.Add(source);
            }
        }

        return new BronzeLoadPlan(outcomes, sources);
    }

    // Loads the plan's objects in one batch and fills in the outcomes of the records that named them.
    private async Task<BronzeLoadResponse> LoadAsync(
        IReadOnlyList<S3EventNotificationRecord> records, BronzeLoadPlan plan, ILambdaContext context, CancellationToken cancellationToken)
    {
        var outcomes = (BronzeRecordOutcome?[])plan.Outcomes.Clone();
        if (plan.Sources.Count > 0)
        {
            // One batch for the event: the warehouse loads each entity's objects in one transaction.
            var warehouse = await _warehouse.GetAsync(cancellationToken).ConfigureAwait(false);
            var batch = await warehouse.LoadBronzeAsync(plan.Sources, cancellationToken).ConfigureAwait(false);
            var results = await ResultsAsync(batch, context, cancellationToken).ConfigureAwait(false);
            var reported = new HashSet<(string, string, string)>();
            for (var i = 0; i < outcomes.Length; i++)
            {
                if (outcomes[i] is not null)
                {
                    continue;
                }

                var record = records[i];
                var id = (record.S3.Bucket.Name, record.S3.Object.KeyDecoded, record.S3.Object.ETag!);
                var result = results[id];
                // A record repeated within the event is a duplicate delivery: its second copy finds the audit row.
                outcomes[i] = reported.Add(id) || result.Status != BronzeRecordStatus.Loaded
                    ? result
                    : result with { Status = BronzeRecordStatus.AlreadyLoaded, RowsLoaded = 0 };
            }
        }

        var response = new BronzeLoadResponse([.. outcomes.Select(o => o!)]);
        var quarantined = response.Quarantined > 0
            ? new Dictionary<string, long> { ["quarantined"] = response.Quarantined }
            : null;
        ColdPathMetrics.Records(context.Metrics, records.Count, response.RowsLoaded, quarantined);
        return response;
    }

    // A skipped record's outcome, or null with the bronze object to load.
    private BronzeRecordOutcome? Classify(S3EventNotificationRecord record, ILambdaContext context, out BronzeObject? source)
    {
        source = null;
        var bucket = record.S3.Bucket.Name;
        var key = record.S3.Object.KeyDecoded;
        var eTag = record.S3.Object.ETag;
        if (!record.IsObjectCreated)
        {
            context.Logger.LogInformation($"Skipped s3://{bucket}/{key}: event {record.EventName} is not an ObjectCreated event.");
            return new BronzeRecordOutcome(bucket, key, eTag, BronzeRecordStatus.Skipped, null, 0, $"event {record.EventName}", null);
        }

        if (string.IsNullOrEmpty(eTag) || !string.Equals(bucket, _lake.Bucket, StringComparison.Ordinal)
            || BronzeObjectRouter.Route(bucket, key, eTag) is not { } routed)
        {
            var why = !string.Equals(bucket, _lake.Bucket, StringComparison.Ordinal)
                ? $"the bucket is not the lake bucket {_lake.Bucket}"
                : string.IsNullOrEmpty(eTag) ? "the record has no eTag" : $"the key is not below {LakeKey.RawBatchPrefix}<entity>/ or {LakeKey.RawStreamPrefix}<topic>/";
            context.Logger.LogInformation($"Skipped s3://{bucket}/{key}: {why}.");
            return new BronzeRecordOutcome(bucket, key, eTag, BronzeRecordStatus.Skipped, null, 0, why, null);
        }

        source = routed;
        return null;
    }

    private async Task<Dictionary<(string, string, string), BronzeRecordOutcome>> ResultsAsync(
        BronzeBatchOutcome batch, ILambdaContext context, CancellationToken cancellationToken)
    {
        var results = new Dictionary<(string, string, string), BronzeRecordOutcome>();
        foreach (var loaded in batch.Outcomes)
        {
            var source = loaded.Source;
            var superseded = loaded.Superseded ? $"superseded: overwritten since this notification (etag now {loaded.SupersededByETag})" : null;
            if (superseded is not null)
            {
                context.Logger.LogInformation($"s3://{source.Bucket}/{source.Key} (etag {source.ETag}) was overwritten since this notification (etag now {loaded.SupersededByETag}): nothing loaded; the newer version is loaded on its own notification.");
            }
            else if (loaded.AlreadyLoaded)
            {
                context.Logger.LogInformation($"s3://{source.Bucket}/{source.Key} (etag {source.ETag}) is in the load audit already: nothing to do.");
            }
            else
            {
                context.Logger.LogInformation($"Loaded {loaded.RowsLoaded} rows of s3://{source.Bucket}/{source.Key} (etag {source.ETag}) into bronze entity {source.Entity}.");
            }

            results.TryAdd(
                (source.Bucket, source.Key, source.ETag),
                new BronzeRecordOutcome(
                    source.Bucket, source.Key, source.ETag,
                    superseded is not null ? BronzeRecordStatus.Skipped : loaded.AlreadyLoaded ? BronzeRecordStatus.AlreadyLoaded : BronzeRecordStatus.Loaded,
                    source.Entity, loaded.RowsLoaded, superseded, null));
        }

        foreach (var rejection in batch.Rejections)
        {
            var source = rejection.RejectedObject;
            if (!results.ContainsKey((source.Bucket, source.Key, source.ETag)))
            {
                results[(source.Bucket, source.Key, source.ETag)] =
                    await QuarantineAsync(source, rejection.Reason, context, cancellationToken).ConfigureAwait(false);
            }
        }

        return results;
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

using System.Text.Json;
using TechShop.Core.Lake;
using TechShop.Lambda.Events.S3;
using TechShop.Lambda.Events.Scheduled;
using TechShop.Lambda.Serialization;
using TechShop.Local.Clock;
using TechShop.Local.Generator;
using TechShop.Local.Invoke;
using TechShop.Local.Lake;

namespace TechShop.Local.Pipeline;

/// <summary>
/// The cold path of a run: lands extracts, hands the lake notifications to bronze-load as S3 event JSON in batches of up
/// to <see cref="PipelineOptions.BronzeBatchSize"/> records (as an S3 → SQS → Lambda mapping delivers them), and on the
/// local clock's ticks invokes silver-build then gold-build with Scheduled Event JSON (silver again when gold reports
/// SilverBehind).
/// </summary>
internal sealed class ColdPathStage
{
    public const string BronzeLoadFunction = "bronze-load";
    public const string SilverBuildFunction = "silver-build";
    public const string GoldBuildFunction = "gold-build";

    private const int MaxSilverCatchUps = 3;

    private readonly IPipelineProgress _progress;
    private readonly LocalInvoker _invoker;
    private readonly FolderLake _lake;
    private readonly LakeNotificationQueue _notifications;
    private readonly LocalClock _clock;
    private readonly HashSet<(string Key, string ETag)> _dispatched = [];
    private readonly int _batchSize;

    public ColdPathStage(PipelineOptions options, IPipelineProgress progress, LocalInvoker invoker, FolderLake lake, LakeNotificationQueue notifications)
    {
        _progress = progress;
        _invoker = invoker;
        _lake = lake;
        _notifications = notifications;
        _batchSize = options.BronzeBatchSize;
        _clock = new LocalClock(options.From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        var step = TimeSpan.FromDays(options.ColdStepDays);
        _clock.Add(new ScheduleRule("techshop-silver-build", SilverBuildFunction, step));
        _clock.Add(new ScheduleRule("techshop-gold-build", GoldBuildFunction, step));
    }

    public int ExtractFiles { get; private set; }

    public int ArchiveObjects { get; private set; }

    public int BronzeInvocations { get; private set; }

    /// <summary>Extract loads that failed: each is a lake object missing from bronze.</summary>
    public int BronzeFailures { get; private set; }

    /// <summary>Archive loads that failed (counted apart from extracts: each is a stream archive missing from BRONZE.STREAM_*).</summary>
    public int ArchiveLoadFailures { get; private set; }

    /// <summary>The first failed load's error message.</summary>
    public string? FirstLoadError { get; private set; }

    public int SilverRuns { get; private set; }

    public int GoldRuns { get; private set; }

    /// <summary>The status the last gold build reported (Published, GateFailed, SilverBehind).</summary>
    public string? LastGoldStatus { get; private set; }

    /// <summary>Lands <paramref name="files"/>, loads them into bronze, and moves the clock to the end of <paramref name="lastDay"/>.</summary>
    public async Task LandAndLoadAsync(string stage, IReadOnlyList<ExtractFile> files, DateOnly lastDay, CancellationToken cancellationToken)
    {
        var reporter = _progress.Start(stage, files.Count);
        var done = 0;
        foreach (var file in files)
        {
            await DailyExtracts.LandAsync([file], _lake, cancellationToken);
            if (_notifications.Count >= _batchSize)
            {
                await DispatchPendingAsync(cancellationToken);
            }

            reporter.Report(++done);
        }

        await DispatchPendingAsync(cancellationToken);

        ExtractFiles += files.Count;
        var ticks = _clock.AdvanceTo(lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        await FireAsync(ticks, cancellationToken);
        _progress.Finish(stage, $"{files.Count:N0} extract files loaded, {ticks.Count} scheduled builds");
    }

    /// <summary>Announces the archive objects stream-archive wrote (as the bucket notification would) and loads them.</summary>
    public async Task LoadArchiveAsync(CancellationToken cancellationToken)
    {
        var reporter = _progress.Start("load stream archive into bronze", 0);
        var announced = new List<LakeNotification>();
        foreach (var topic in Core.Streaming.Topics.All)
        {
            await foreach (var info in _lake.ListAsync($"raw/stream/{topic}/", cancellationToken))
            {
                if (!_dispatched.Contains((info.Key, info.ETag)))
                {
                    announced.Add(Notification(info));
                }
            }
        }

        var count = 0;
        foreach (var batch in announced.Chunk(_batchSize))
        {
            await InvokeBronzeAsync(batch, cancellationToken, archive: true);
            reporter.Report(count += batch.Length);
        }

        ArchiveObjects += count;
        _progress.Finish("load stream archive into bronze", $"{count:N0} archive objects announced, {ArchiveLoadFailures} failed to load");
    }

    /// <summary>The final build: every rule fires once, after all landings and the archive have been loaded.</summary>
    public async Task FinalBuildAsync(CancellationToken cancellationToken)
    {
        _progress.Start("silver, gold and quality gate", 0);
        await FireAsync(_clock.FireAll(), cancellationToken);
        _progress.Finish("silver, gold and quality gate", $"gold {LastGoldStatus ?? "not built"}");
    }

    private async Task DispatchPendingAsync(CancellationToken cancellationToken)
    {
        foreach (var batch in _notifications.DrainAll().Chunk(_batchSize))
        {
            await InvokeBronzeAsync(batch, cancellationToken);
        }
    }

    // One S3 event of many records: a failed invocation leaves every object of the batch out of bronze.
    private async Task InvokeBronzeAsync(LakeNotification[] batch, CancellationToken cancellationToken, bool archive = false)
    {
        var records = new List<S3EventNotificationRecord>(batch.Length);
        foreach (var notification in batch)
        {
            _dispatched.Add((notification.Key, notification.ETag));
            records.AddRange(S3EventNotifications.ObjectCreated(
                notification.Bucket, notification.Key, notification.Size, notification.ETag, notification.EventTime, LocalClock.LocalRegion, notification.Sequencer).Records);
        }

        var json = JsonSerializer.SerializeToUtf8Bytes(new S3Event { Records = records }, LambdaJsonContext.Default.S3Event);
        BronzeInvocations++;
        var result = await _invoker.InvokeAsync(BronzeLoadFunction, json, cancellationToken);
        if (!result.Succeeded)
        {
            // The queue redelivers and then dead-letters the batch; locally the failure is counted per object.
            if (archive)
            {
                ArchiveLoadFailures += batch.Length;
            }
            else
            {
                BronzeFailures += batch.Length;
            }

            FirstLoadError ??= $"{batch[0].Key}{(batch.Length > 1 ? $" (and {batch.Length - 1} more in the batch)" : "")}: {ErrorMessage(result.Payload)}";
        }
    }

    private async Task FireAsync(IReadOnlyList<ScheduledTick> ticks, CancellationToken cancellationToken)
    {
        foreach (var tick in ticks)
        {
            if (tick.Rule.Target == SilverBuildFunction)
            {
                await InvokeScheduledAsync(tick, cancellationToken);
                SilverRuns++;
                continue;
            }

            for (var attempt = 0; ; attempt++)
            {
                var status = await InvokeScheduledAsync(tick, cancellationToken);
                GoldRuns++;
                LastGoldStatus = status;
                if (!string.Equals(status, "SilverBehind", StringComparison.OrdinalIgnoreCase) || attempt == MaxSilverCatchUps)
                {
                    break;
                }

                await InvokeScheduledAsync(tick with { Rule = tick.Rule with { Target = SilverBuildFunction } }, cancellationToken);
                SilverRuns++;
            }
        }
    }

    private async Task<string?> InvokeScheduledAsync(ScheduledTick tick, CancellationToken cancellationToken)
    {
        var scheduled = ScheduledEvent.ForRule(tick.RuleArn, tick.Time, tick.Account, tick.Region, tick.Id);
        var json = JsonSerializer.SerializeToUtf8Bytes(scheduled, LambdaJsonContext.Default.ScheduledEvent);
        var result = await _invoker.InvokeAsync(tick.Rule.Target, json, cancellationToken);
        if (!result.Succeeded)
        {
            throw new PipelineStageException(tick.Rule.Target, $"the scheduled run at {tick.Time:O} failed with {result.ErrorType}: {ErrorMessage(result.Payload)}");
        }

        return RunStatus.Read(result.Payload);
    }

    private static string ErrorMessage(ReadOnlyMemory<byte> payload)
    {
        using var document = JsonDocument.Parse(payload);
        return document.RootElement.TryGetProperty("errorMessage", out var message) ? message.GetString() ?? string.Empty : string.Empty;
    }

    private LakeNotification Notification(LakeObjectInfo info) =>
        new("ObjectCreated:Put", _lake.Bucket, info.Key, info.Size, info.ETag, DateTime.UtcNow.Ticks.ToString("X16", System.Globalization.CultureInfo.InvariantCulture),
            File.GetLastWriteTimeUtc(_lake.PathOf(info.Key)));
}

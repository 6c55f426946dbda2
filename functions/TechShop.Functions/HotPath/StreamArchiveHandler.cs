using TechShop.Avro.Archive;
using TechShop.Avro.Codecs;
using TechShop.Avro.Container;
using TechShop.Core.Lake;
using TechShop.Lambda.Events.Kafka;
using TechShop.Lambda.Hosting;
using TechShop.Lambda.Serialization;

namespace TechShop.Functions.HotPath;

/// <summary>
/// <c>stream-archive</c>: writes each topic-partition of a Kafka batch, untouched (tombstones and bad records
/// included), as one Avro object container file of <c>com.techshop.archive.KafkaRecord</c> at
/// <c>raw/stream/&lt;topic&gt;/dt=&lt;day&gt;/&lt;topic&gt;-&lt;p&gt;-&lt;first&gt;-&lt;last&gt;.avro</c>, day the UTC date of the
/// partition's first Kafka timestamp. Same batch, same key, same bytes: a retried batch rewrites its files identically.
/// </summary>
public sealed class StreamArchiveHandler : LambdaHandler<KafkaEvent, StreamArchiveResponse>
{
    /// <summary>The name <c>_HANDLER</c> selects.</summary>
    public const string HandlerName = "stream-archive";

    private const string AvroContentType = "application/avro";

    private readonly ILake _lake;
    private readonly AvroContainerOptions _options;

    /// <param name="lake">Where the files go.</param>
    /// <param name="options">Container settings; default deflate with a content-derived sync marker (deterministic).</param>
    public StreamArchiveHandler(ILake lake, AvroContainerOptions? options = null)
        : base(LambdaJsonContext.Default.KafkaEvent, HotPathJsonContext.Default.StreamArchiveResponse, "an MSK or self-managed Kafka event")
    {
        ArgumentNullException.ThrowIfNull(lake);
        _lake = lake;
        _options = options ?? new AvroContainerOptions();
    }

    public override string Name => HandlerName;

    /// <summary>The lake key of one partition's records (in offset order, at least one).</summary>
    public static string KeyOf(IReadOnlyList<KafkaEventRecord> partition)
    {
        ArgumentNullException.ThrowIfNull(partition);
        ArgumentOutOfRangeException.ThrowIfZero(partition.Count);
        var first = partition[0];
        var day = DateOnly.FromDateTime(DateTime.UnixEpoch.AddMilliseconds(first.Timestamp));
        return LakeKey.StreamArchive(first.Topic, day, first.Partition, first.Offset, partition[^1].Offset);
    }

    /// <summary>The container file of one partition's records.</summary>
    public byte[] Serialize(IReadOnlyList<KafkaEventRecord> partition)
    {
        ArgumentNullException.ThrowIfNull(partition);
        return AvroContainerWriter.Write(KafkaRecordCodec.Instance, partition.Select(ToArchived), _options);
    }

    /// <summary>An event record as the archive stores it: the raw key, value and headers, untouched.</summary>
    public static ArchivedKafkaRecord ToArchived(KafkaEventRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new ArchivedKafkaRecord(
            record.Topic,
            record.Partition,
            record.Offset,
            DateTime.UnixEpoch.AddMilliseconds(record.Timestamp),
            record.TimestampType switch
            {
                "CREATE_TIME" => KafkaTimestampType.CreateTime,
                "LOG_APPEND_TIME" => KafkaTimestampType.LogAppendTime,
                _ => KafkaTimestampType.NotAvailable,
            },
            record.Key,
            record.Value,
            record.Headers.Select(h => new ArchivedKafkaHeader(h.Name, h.Value.ToArray())).ToList());
    }

    protected override async Task<StreamArchiveResponse> HandleEventAsync(
        KafkaEvent lambdaEvent, ILambdaContext context, CancellationToken cancellationToken)
    {
        var partitions = lambdaEvent.Records.Values.Where(p => p.Count > 0).ToList();
        var results = await Task.WhenAll(partitions.Select(p => ArchiveAsync(p, context, cancellationToken)));

        var written = new List<string>(results.Length);
        var failures = new List<KafkaBatchItemFailure>();
        for (var i = 0; i < results.Length; i++)
        {
            if (results[i] is { } key)
            {
                written.Add(key);
            }
            else
            {
                failures.Add(new KafkaBatchItemFailure(KafkaItemIdentifier.For(partitions[i][0])));
            }
        }

        var records = partitions.Sum(p => p.Count);
        context.Metrics.AddMetric("RecordsIn", records);
        context.Metrics.AddMetric("RecordsWritten", partitions.Where((_, i) => results[i] is not null).Sum(p => p.Count));
        context.Logger.LogInformation(
            $"stream batch archived: records_in={records} files_written={written.Count} partitions_failed={failures.Count} keys={string.Join(',', written)}");
        return new StreamArchiveResponse { BatchItemFailures = failures, ObjectKeys = written };
    }

    // A partition whose file cannot be written is left whole for redelivery (the retry rewrites the same key).
    private async Task<string?> ArchiveAsync(IReadOnlyList<KafkaEventRecord> partition, ILambdaContext context, CancellationToken cancellationToken)
    {
        var key = KeyOf(partition);
        try
        {
            using var content = new MemoryStream(Serialize(partition), writable: false);
            await _lake.PutAsync(key, content, AvroContentType, cancellationToken);
            return key;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            context.Logger.LogError($"Could not archive {partition.Count} records to '{key}'; the partition is left for redelivery.", ex);
            return null;
        }
    }
}

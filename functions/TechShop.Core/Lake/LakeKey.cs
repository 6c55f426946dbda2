using System.Globalization;

namespace TechShop.Core.Lake;

/// <summary>
/// Deterministic object keys of the lake, so that a retried write lands on the same key:
/// <c>raw/batch/&lt;entity&gt;/dt=&lt;day&gt;/&lt;entity&gt;-&lt;day&gt;.jsonl</c>,
/// <c>raw/stream/&lt;topic&gt;/dt=&lt;day&gt;/&lt;topic&gt;-&lt;p&gt;-&lt;first&gt;-&lt;last&gt;.avro</c>,
/// <c>quarantine/&lt;original key&gt;</c>, <c>dead-letter/&lt;topic&gt;/dt=&lt;day&gt;/...</c>.
/// </summary>
public static class LakeKey
{
    public const string RawBatchPrefix = "raw/batch/";
    public const string RawStreamPrefix = "raw/stream/";
    public const string QuarantinePrefix = "quarantine/";
    public const string DeadLetterPrefix = "dead-letter/";

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The key of one entity's daily extract.</summary>
    public static string BatchExtract(string entity, DateOnly day, string extension = "jsonl") =>
        $"{RawBatchPrefix}{entity}/dt={Day(day)}/{entity}-{Day(day)}.{extension}";

    /// <summary>The key of one archived batch of one topic-partition.</summary>
    public static string StreamArchive(string topic, DateOnly day, int partition, long firstOffset, long lastOffset) =>
        $"{RawStreamPrefix}{topic}/dt={Day(day)}/{topic}-{partition}-{firstOffset}-{lastOffset}.avro";

    /// <summary>Where an unreadable object is moved: the same key below <c>quarantine/</c>.</summary>
    public static string Quarantine(string originalKey) => QuarantinePrefix + originalKey;

    /// <summary>The key of one dead-lettered record, unique by its Kafka coordinates.</summary>
    public static string DeadLetter(string topic, DateOnly day, int partition, long offset) =>
        $"{DeadLetterPrefix}{topic}/dt={Day(day)}/{topic}-{partition}-{offset}.json";

    /// <summary>Which area a key belongs to, or null for a key outside the known layout.</summary>
    public static LakeArea? AreaOf(string key) => key switch
    {
        _ when key.StartsWith(RawBatchPrefix, StringComparison.Ordinal) => LakeArea.RawBatch,
        _ when key.StartsWith(RawStreamPrefix, StringComparison.Ordinal) => LakeArea.RawStream,
        _ when key.StartsWith(QuarantinePrefix, StringComparison.Ordinal) => LakeArea.Quarantine,
        _ when key.StartsWith(DeadLetterPrefix, StringComparison.Ordinal) => LakeArea.DeadLetter,
        _ => null,
    };
}

using System.Globalization;

namespace TechShop.Core.Lake;

/// <summary>
/// Deterministic object keys of the lake, so that a retried write lands on the same key:
/// <c>raw/batch/&lt;entity&gt;/dt=&lt;day&gt;/&lt;entity&gt;-&lt;day&gt;.jsonl</c>,
/// <c>raw/stream/&lt;topic&gt;/dt=&lt;day&gt;/&lt;topic&gt;-&lt;p&gt;-&lt;first&gt;-&lt;last&gt;.avro</c>,
/// <c>quarantine/&lt;original key&gt;</c>, <c>dead-letter/&lt;topic&gt;/dt=&lt;day&gt;/...</c>,
/// <c>raw/staged/stream/...</c> (an archive file decoded to JSON Lines for Snowflake's COPY).
/// </summary>
public static class LakeKey
{
    public const string RawBatchPrefix = "raw/batch/";
    public const string RawStreamPrefix = "raw/stream/";
    public const string QuarantinePrefix = "quarantine/";
    public const string DeadLetterPrefix = "dead-letter/";

    /// <summary>
    /// Files written for the warehouse to COPY, not lake inputs: below <c>raw/</c> so the Snowflake stage over <c>raw/</c>
    /// reaches them, outside <c>raw/batch/</c> and <c>raw/stream/</c> so no bronze-load notification fires for them.
    /// </summary>
    public const string RawStagedPrefix = "raw/staged/";

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

    /// <summary>
    /// The JSON Lines object an archive file is decoded to for the warehouse:
    /// <c>raw/staged/stream/&lt;topic&gt;/dt=&lt;day&gt;/&lt;topic&gt;-&lt;p&gt;-&lt;first&gt;-&lt;last&gt;.&lt;etag&gt;.jsonl</c>. The ETag in the key
    /// makes a retry of the same object version write the same key, and a new version of the archive file another one.
    /// </summary>
    public static string StagedStreamArchive(string archiveKey, string eTag)
    {
        ArgumentNullException.ThrowIfNull(archiveKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(eTag);
        if (!archiveKey.StartsWith(RawStreamPrefix, StringComparison.Ordinal) || !archiveKey.EndsWith(".avro", StringComparison.Ordinal)
            || archiveKey.Length <= RawStreamPrefix.Length + ".avro".Length)
        {
            throw new ArgumentException($"'{archiveKey}' is not a stream archive key ({RawStreamPrefix}<topic>/dt=<day>/<file>.avro).", nameof(archiveKey));
        }

        var stem = archiveKey[RawStreamPrefix.Length..^".avro".Length];
        return $"{RawStagedPrefix}stream/{stem}.{KeySafeETag(eTag)}.jsonl";
    }

    // S3 ETags are hex digests, with "-<parts>" after a multipart upload; anything else is hashed into the key.
    private static string KeySafeETag(string eTag)
    {
        var plain = eTag.Trim().Trim('"');
        return plain.Length is > 0 and <= 64 && plain.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? plain.ToLowerInvariant()
            : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(plain)))[..32];
    }

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

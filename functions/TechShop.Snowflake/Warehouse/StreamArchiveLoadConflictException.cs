using TechShop.Core.Warehouse;

namespace TechShop.Snowflake.Warehouse;

/// <summary>
/// COPY skipped a staged archive object as already loaded (Snowflake's load metadata) while the load audit has no row for
/// the archive file: a concurrent load that has not committed yet, or load metadata that outlived a rolled-back load.
/// Transient: the event is retried, and the audit decides then; reported rather than counted as loaded.
/// </summary>
public sealed class StreamArchiveLoadConflictException : Exception
{
    public StreamArchiveLoadConflictException(BronzeObject source, string stagedKey)
        : base($"COPY of s3://{source?.Bucket}/{stagedKey} (staged from {source?.Key}, etag {source?.ETag}) processed no file: Snowflake's load metadata "
            + "says it is loaded, but BRONZE.LOAD_AUDIT has no row for the archive file. A concurrent load may still be committing; if this persists, "
            + "the staged file's load metadata outlived a rolled-back load: check that the table holds no rows of the archive file and COPY the staged object with FORCE = TRUE.")
    {
        ArgumentNullException.ThrowIfNull(source);
        ArchiveFile = source;
        StagedKey = stagedKey;
    }

    public StreamArchiveLoadConflictException()
    {
        ArchiveFile = new BronzeObject(string.Empty, string.Empty, string.Empty, string.Empty, BronzeFormat.AvroContainer);
        StagedKey = string.Empty;
    }

    public StreamArchiveLoadConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
        ArchiveFile = new BronzeObject(string.Empty, string.Empty, string.Empty, string.Empty, BronzeFormat.AvroContainer);
        StagedKey = string.Empty;
    }

    /// <summary>The archive file being loaded.</summary>
    public BronzeObject ArchiveFile { get; }

    /// <summary>The staged JSON Lines object COPY skipped.</summary>
    public string StagedKey { get; }
}

using TechShop.Core.Warehouse;

namespace TechShop.Snowflake.Warehouse;

/// <summary>
/// COPY refused the data of a staged stream archive object (<c>raw/staged/...jsonl</c>): a file this project wrote from a
/// container that decoded, so the fault is in the staging code or a drift between it and the STREAM_ table, not in the
/// archive file. Deliberately not a <see cref="BronzeObjectRejectedException"/>: the .avro stays in place (it is not
/// quarantined), the invocation fails loudly with Snowflake's reason and the event is retried, then dead-lettered by
/// the event source, to be redriven once the code is fixed. Nothing was loaded (ON_ERROR = ABORT_STATEMENT).
/// </summary>
public sealed class StagedStreamArchiveRefusedException : Exception
{
    public StagedStreamArchiveRefusedException(BronzeObject source, string stagedKey, string reason, Exception? innerException = null)
        : base($"COPY refused the staged rows s3://{source?.Bucket}/{stagedKey} of stream archive {source?.Key} (etag {source?.ETag}, entity '{source?.Entity}'): {reason} "
            + "The staged file is written by bronze-load from a container that decoded, so this is a bug or a drift between StagedStreamArchive and the table, "
            + "not a bad archive file: the archive was not quarantined; fix the code or the table, then redrive the event.", innerException)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArchiveFile = source;
        StagedKey = stagedKey;
        Reason = reason;
    }

    public StagedStreamArchiveRefusedException()
    {
        ArchiveFile = new BronzeObject(string.Empty, string.Empty, string.Empty, string.Empty, BronzeFormat.AvroContainer);
        StagedKey = string.Empty;
        Reason = string.Empty;
    }

    public StagedStreamArchiveRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
        ArchiveFile = new BronzeObject(string.Empty, string.Empty, string.Empty, string.Empty, BronzeFormat.AvroContainer);
        StagedKey = string.Empty;
        Reason = message;
    }

    /// <summary>The archive file being loaded (left in place).</summary>
    public BronzeObject ArchiveFile { get; }

    /// <summary>The staged JSON Lines object COPY refused.</summary>
    public string StagedKey { get; }

    /// <summary>Snowflake's code, state and message.</summary>
    public string Reason { get; }
}

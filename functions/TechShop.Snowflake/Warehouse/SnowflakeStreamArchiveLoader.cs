using System.Globalization;
using TechShop.Avro.Archive;
using TechShop.Avro.Errors;
using TechShop.Core.Lake;
using TechShop.Core.Warehouse;
using TechShop.Snowflake.Api;

namespace TechShop.Snowflake.Warehouse;

/// <summary>
/// Loads a stream archive file (<c>raw/stream/...avro</c>) into <c>BRONZE.STREAM_&lt;TOPIC&gt;</c> on Snowflake.
/// <para>
/// Route: decode in C# with the decoder the DuckDB warehouse uses (<see cref="StreamArchiveDecoder"/>), write the rows as a
/// JSON Lines object below <c>raw/staged/</c>, COPY it with the JSON path. Snowflake does read Avro containers natively
/// (FILE_FORMAT TYPE = AVRO), but each record's <c>value</c> is Confluent-framed Avro bytes (magic byte, schema id, body)
/// that it cannot decode: the payload columns and the DECODED/UNDECODABLE status need the schema registry, as on DuckDB,
/// so both engines hold the same rows for the same file.
/// </para>
/// <para>
/// Exactly once: the load audit is looked up first (a duplicate costs one query); the staged key and bytes depend only on
/// the archive file's key, ETag and content (a retry rewrites the same object); the COPY and the audit row commit together.
/// A file that is not a readable KafkaRecord container is rejected (quarantined by bronze-load) before anything is written.
/// A staged file that COPY refuses for its data is not the archive file's fault: <see cref="StagedStreamArchiveRefusedException"/>,
/// never a rejection. An archive file overwritten since its event is <see cref="BronzeLoadOutcome.Superseded"/>.
/// </para>
/// </summary>
public sealed class SnowflakeStreamArchiveLoader
{
    private readonly SnowflakeSqlApiClient _client;
    private readonly SnowflakeWarehouseOptions _options;
    private readonly ILake _lake;
    private readonly StreamArchiveDecoder _decoder;

    public SnowflakeStreamArchiveLoader(SnowflakeSqlApiClient client, SnowflakeWarehouseOptions options, ILake lake, StreamArchiveDecoder decoder)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _lake = lake ?? throw new ArgumentNullException(nameof(lake));
        _decoder = decoder ?? throw new ArgumentNullException(nameof(decoder));
    }

    /// <summary>Loads one archive file exactly once; see the type's summary for the steps.</summary>
    /// <exception cref="BronzeObjectRejectedException">No table for the entity, the object is gone, or it is not a readable container (permanent).</exception>
    /// <exception cref="StagedStreamArchiveRefusedException">COPY refused the staged rows we wrote (a bug or contract drift; the archive stays in place).</exception>
    public async Task<BronzeLoadOutcome> LoadAsync(BronzeObject source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var table = BronzeColumns.TableName(source.Entity);
        var columns = StreamArchiveColumns.For(source.Entity)
            ?? throw new BronzeObjectRejectedException(source, $"there is no table {table} for stream entity '{source.Entity}' (an unknown topic?).");
        if (await IsAuditedAsync(source, cancellationToken).ConfigureAwait(false))
        {
            return new BronzeLoadOutcome(source, 0, AlreadyLoaded: true);
        }

        var archive = await _lake.GetAsync(source.Key, cancellationToken).ConfigureAwait(false)
            ?? throw new BronzeObjectRejectedException(source, $"the object s3://{source.Bucket}/{source.Key} does not exist.");
        if (!SameETag(archive.Info.ETag, source.ETag))
        {
            // Overwritten since this event: this version cannot be read any more, and the current one has its own event.
            return BronzeLoadOutcome.SupersededBy(source, archive.Info.ETag);
        }

        IReadOnlyList<ArchivedKafkaRecord> records;
        try
        {
            records = StreamArchiveDecoder.ReadRecords(archive.Content.Span);
        }
        catch (AvroContainerException e)
        {
            throw new BronzeObjectRejectedException(source, $"the file is not a readable Avro container of KafkaRecord: {e.Message}", e);
        }

        // Decode before writing anything: a registry outage (transient) fails the load with nothing staged or loaded.
        var rows = await _decoder.DecodeAllAsync(records, cancellationToken).ConfigureAwait(false);
        var stagedKey = LakeKey.StagedStreamArchive(source.Key, source.ETag);
        using (var staged = new MemoryStream(StagedStreamArchive.Write(rows, columns), writable: false))
        {
            await _lake.PutAsync(stagedKey, staged, StagedStreamArchive.ContentType, cancellationToken).ConfigureAwait(false);
        }

        IReadOnlyList<StatementResult> results;
        try
        {
            results = await _client.ExecuteMultiStatementAsync(StreamArchiveStatements.Transaction(source, stagedKey, columns, _options), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (SnowflakeStatementException e) when (CopyDataError.IsDataError(e))
        {
            // We wrote the staged file from a container that decoded: Snowflake refusing it is our bug or a drift
            // between StagedStreamArchive and the table, not a bad archive file. Quarantining the .avro would hide it.
            throw new StagedStreamArchiveRefusedException(source, stagedKey, CopyDataError.Reason(e), e);
        }

        var copy = results[1];
        if (!copy.Columns.Any(c => string.Equals(c.Name, "rows_loaded", StringComparison.OrdinalIgnoreCase)))
        {
            // "Copy executed with 0 files processed.": only an audited archive file counts as loaded.
            return await IsAuditedAsync(source, cancellationToken).ConfigureAwait(false)
                ? new BronzeLoadOutcome(source, 0, AlreadyLoaded: true)
                : throw new StreamArchiveLoadConflictException(source, stagedKey);
        }

        var rowsLoaded = copy.ToQueryResult().ColumnIndex("rows_loaded");
        var total = copy.Rows.Sum(row => Convert.ToInt64(row[rowsLoaded], CultureInfo.InvariantCulture));
        return new BronzeLoadOutcome(source, total, AlreadyLoaded: false);
    }

    private async Task<bool> IsAuditedAsync(BronzeObject source, CancellationToken cancellationToken)
    {
        var audit = await _client.ExecuteAsync(
            new SnowflakeStatement(BronzeLoadStatements.AuditLookup)
            {
                Bindings = [SnowflakeBinding.Text(source.Bucket), SnowflakeBinding.Text(source.Key), SnowflakeBinding.Text(source.ETag)],
            },
            cancellationToken).ConfigureAwait(false);
        return audit.Rows.Count > 0;
    }

    // Event ETags and the lake's are both unquoted hex; compare leniently on quotes and case.
    private static bool SameETag(string lake, string evented) =>
        string.IsNullOrEmpty(lake) || string.Equals(lake.Trim('"'), evented.Trim('"'), StringComparison.OrdinalIgnoreCase);
}

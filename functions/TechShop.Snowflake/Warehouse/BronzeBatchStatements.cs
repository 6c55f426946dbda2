using System.Text;
using TechShop.Core.Warehouse;

namespace TechShop.Snowflake.Warehouse;

/// <summary>
/// The SQL of a batch bronze load of one entity's JSON Lines extracts: one audit lookup for every key, and one
/// transaction with a COPY over all the batch's files (<c>FILES = (...)</c>) and one audit insert for all of them.
/// </summary>
public static class BronzeBatchStatements
{
    /// <summary>The most file names a COPY's <c>FILES</c> list takes (https://docs.snowflake.com/en/sql-reference/sql/copy-into-table).</summary>
    public const int MaxFilesPerCopy = 1000;

    /// <summary>The audit rows of the batch: one placeholder for the bucket, then one per object key.</summary>
    public static string AuditLookup(int keys)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keys, 1);
        return "SELECT object_key, etag FROM " + BronzeLoadStatements.AuditTable + " WHERE bucket = ? AND object_key IN ("
            + string.Join(", ", Enumerable.Repeat("?", keys)) + ")";
    }

    /// <summary><c>BEGIN</c>, the COPY of every file, the audit insert of every object, <c>COMMIT</c>.</summary>
    public static IReadOnlyList<string> Transaction(IReadOnlyList<BronzeObject> sources, SnowflakeWarehouseOptions options) =>
        ["BEGIN TRANSACTION", CopyInto(sources, options), AuditInsert(sources), "COMMIT"];

    /// <summary>
    /// COPY INTO the entity's table from the stage, limited to the batch's files; each row gets its own file's key,
    /// ETag (chosen by <c>METADATA$FILENAME</c>) and line number.
    /// </summary>
    public static string CopyInto(IReadOnlyList<BronzeObject> sources, SnowflakeWarehouseOptions options)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sources.Count, MaxFilesPerCopy);
        var entity = SingleEntity(sources);
        var files = sources.Select(s => (Source: s, StagePath: StagePath(s, options))).ToList();
        var columns = BronzeColumns.For(entity);
        var sql = new StringBuilder();
        sql.Append("COPY INTO ").Append(BronzeColumns.TableName(entity)).Append(" (")
            .AppendJoin(", ", columns.Concat(BronzeColumns.Lineage).Select(c => c.Name)).Append(")\n")
            .Append("FROM (\n    SELECT\n");
        foreach (var column in columns)
        {
            sql.Append("        $1:").Append(column.Name).Append("::").Append(column.SqlType).Append(",\n");
        }

        sql.Append("        ").Append(Literal(options.StagePrefix)).Append(" || METADATA$FILENAME,\n")
            .Append("        CASE METADATA$FILENAME");
        foreach (var (source, stagePath) in files)
        {
            sql.Append(" WHEN ").Append(Literal(stagePath)).Append(" THEN ").Append(Literal(source.ETag));
        }

        sql.Append(" END,\n")
            .Append("        METADATA$FILE_ROW_NUMBER,\n")
            .Append("        CURRENT_TIMESTAMP\n")
            .Append("    FROM @").Append(options.QualifiedStage).Append('\n')
            .Append(")\n")
            .Append("FILES = (").AppendJoin(", ", files.Select(f => Literal(f.StagePath))).Append(")\n")
            .Append("FILE_FORMAT = (FORMAT_NAME = ").Append(Literal(options.QualifiedJsonFileFormat)).Append(")\n")
            .Append("ON_ERROR = ABORT_STATEMENT");
        return sql.ToString();
    }

    /// <summary>Records every object with the rows the table now holds for its key and ETag, unless already recorded.</summary>
    public static string AuditInsert(IReadOnlyList<BronzeObject> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var entity = SingleEntity(sources);
        var values = string.Join(",\n    ", sources.Select(s =>
            $"({Literal(s.Bucket)}, {Literal(s.Key)}, {Literal(s.ETag)}, {Literal(s.Entity)})"));
        var audit = BronzeLoadStatements.AuditTable;
        return $"""
            INSERT INTO {audit} (bucket, object_key, etag, entity, rows_loaded, loaded_at)
            SELECT f.bucket, f.object_key, f.etag, f.entity, COUNT(b._source_key), CURRENT_TIMESTAMP
            FROM (VALUES
                {values}) AS f (bucket, object_key, etag, entity)
            LEFT JOIN {BronzeColumns.TableName(entity)} AS b ON b._source_key = f.object_key AND b._etag = f.etag
            WHERE NOT EXISTS (SELECT 1 FROM {audit} AS a WHERE a.bucket = f.bucket AND a.object_key = f.object_key AND a.etag = f.etag)
            GROUP BY f.bucket, f.object_key, f.etag, f.entity
            """;
    }

    /// <summary>The key of an object relative to the stage's URL (what <c>METADATA$FILENAME</c> reports and <c>FILES</c> lists).</summary>
    public static string StagePath(BronzeObject source, SnowflakeWarehouseOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        if (!string.Equals(source.Bucket, options.LakeBucket, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Object {source.Key} is in bucket {source.Bucket}, but the Snowflake stage {options.QualifiedStage} reads bucket {options.LakeBucket}.", nameof(source));
        }

        if (!source.Key.StartsWith(options.StagePrefix, StringComparison.Ordinal) || source.Key.Length == options.StagePrefix.Length)
        {
            throw new ArgumentException($"Object key {source.Key} is not below the stage prefix {options.StagePrefix}; the stage {options.QualifiedStage} cannot reach it.", nameof(source));
        }

        return source.Key[options.StagePrefix.Length..];
    }

    private static string Literal(string value) => BronzeLoadStatements.Literal(value);

    private static string SingleEntity(IReadOnlyList<BronzeObject> sources)
    {
        if (sources.Count == 0)
        {
            throw new ArgumentException("A batch COPY needs at least one object.", nameof(sources));
        }

        var entity = sources[0].Entity;
        return sources.All(s => string.Equals(s.Entity, entity, StringComparison.Ordinal) && s.Format == BronzeFormat.JsonLines)
            ? entity
            : throw new ArgumentException($"A batch COPY loads the JSON Lines extracts of one entity; this batch mixes entities or formats ({string.Join(", ", sources.Select(s => s.Key))}).", nameof(sources));
    }
}

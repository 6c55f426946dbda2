using System.Text;
using TechShop.Core.Warehouse;

namespace TechShop.Snowflake.Warehouse;

/// <summary>
/// The SQL of one bronze load: the audit lookup, and the transaction that copies one staged JSON Lines object
/// into <c>BRONZE.&lt;ENTITY&gt;</c> and records it in <c>BRONZE.LOAD_AUDIT</c>.
/// </summary>
public static class BronzeLoadStatements
{
    public const string AuditTable = "BRONZE.LOAD_AUDIT";

    /// <summary>The audit lookup, with three placeholders: bucket, object key, ETag.</summary>
    public const string AuditLookup = "SELECT rows_loaded FROM " + AuditTable + " WHERE bucket = ? AND object_key = ? AND etag = ?";

    /// <summary>
    /// <c>BEGIN</c>, the COPY, the audit insert (skipped when a concurrent load already wrote it), <c>COMMIT</c>:
    /// the rows and their audit land together or not at all.
    /// </summary>
    public static IReadOnlyList<string> Transaction(BronzeObject source, SnowflakeWarehouseOptions options) =>
        ["BEGIN TRANSACTION", CopyInto(source, options), AuditInsert(source), "COMMIT"];

    /// <summary>
    /// COPY INTO the entity's table from the stage, limited to this one file (<c>FILES</c>), mapping each
    /// <c>$1:field</c> to its typed column and adding the lineage columns.
    /// </summary>
    public static string CopyInto(BronzeObject source, SnowflakeWarehouseOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        var stagePath = StagePath(source, options);
        var columns = BronzeColumns.For(source.Entity);
        var sql = new StringBuilder();
        sql.Append("COPY INTO ").Append(BronzeColumns.TableName(source.Entity)).Append(" (")
            .AppendJoin(", ", columns.Concat(BronzeColumns.Lineage).Select(c => c.Name)).Append(")\n")
            .Append("FROM (\n    SELECT\n");
        foreach (var column in columns)
        {
            sql.Append("        $1:").Append(column.Name).Append("::").Append(column.SqlType).Append(",\n");
        }

        // The stage's URL ends with the prefix, so METADATA$FILENAME is relative to it: prepend it to get the lake key.
        sql.Append("        ").Append(Literal(options.StagePrefix)).Append(" || METADATA$FILENAME,\n")
            .Append("        ").Append(Literal(source.ETag)).Append(",\n")
            .Append("        METADATA$FILE_ROW_NUMBER,\n")
            .Append("        CURRENT_TIMESTAMP\n")
            .Append("    FROM @").Append(options.QualifiedStage).Append('\n')
            .Append(")\n")
            .Append("FILES = (").Append(Literal(stagePath)).Append(")\n")
            .Append("FILE_FORMAT = (FORMAT_NAME = ").Append(Literal(options.QualifiedJsonFileFormat)).Append(")\n")
            .Append("ON_ERROR = ABORT_STATEMENT");
        return sql.ToString();
    }

    /// <summary>Records the load with the rows the table now holds for this key and ETag, unless already recorded.</summary>
    public static string AuditInsert(BronzeObject source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var bucket = Literal(source.Bucket);
        var key = Literal(source.Key);
        var etag = Literal(source.ETag);
        return $"""
            INSERT INTO {AuditTable} (bucket, object_key, etag, entity, rows_loaded, loaded_at)
            SELECT {bucket}, {key}, {etag}, {Literal(source.Entity)}, loaded.row_count, CURRENT_TIMESTAMP
            FROM (SELECT COUNT(*) AS row_count FROM {BronzeColumns.TableName(source.Entity)} WHERE _source_key = {key} AND _etag = {etag}) AS loaded
            WHERE NOT EXISTS (SELECT 1 FROM {AuditTable} WHERE bucket = {bucket} AND object_key = {key} AND etag = {etag})
            """;
    }

    /// <summary>A Snowflake string literal: single quotes doubled and backslashes escaped (Snowflake reads <c>\</c> as an escape).</summary>
    public static string Literal(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return "'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    private static string StagePath(BronzeObject source, SnowflakeWarehouseOptions options)
    {
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
}

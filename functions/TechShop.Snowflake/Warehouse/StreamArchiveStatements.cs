using System.Text;
using TechShop.Core.Warehouse;

namespace TechShop.Snowflake.Warehouse;

/// <summary>
/// The SQL of one stream-archive bronze load: the transaction that copies the staged JSON Lines object of an archive
/// file into <c>BRONZE.STREAM_&lt;TOPIC&gt;</c> and records the archive file in <c>BRONZE.LOAD_AUDIT</c>, as the extract
/// load does (<see cref="BronzeLoadStatements"/>), with the lineage naming the archive file, not the staged object.
/// </summary>
public static class StreamArchiveStatements
{
    /// <summary><c>BEGIN</c>, the COPY, the audit insert (skipped when a concurrent load already wrote it), <c>COMMIT</c>.</summary>
    public static IReadOnlyList<string> Transaction(BronzeObject source, string stagedKey, IReadOnlyList<BronzeColumn> columns, SnowflakeWarehouseOptions options) =>
        ["BEGIN TRANSACTION", CopyInto(source, stagedKey, columns, options), BronzeLoadStatements.AuditInsert(source), "COMMIT"];

    /// <summary>
    /// COPY INTO the stream table from the stage, limited to the one staged object (<c>FILES</c>), each <c>$1:"column"</c>
    /// cast to the table's type; <c>_source_key</c> and <c>_etag</c> are the archive file's, <c>_row_number</c> the line
    /// (= the record's position in the container), <c>_loaded_at</c> the load's time.
    /// </summary>
    public static string CopyInto(BronzeObject source, string stagedKey, IReadOnlyList<BronzeColumn> columns, SnowflakeWarehouseOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(stagedKey);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(options);
        var stagePath = StagePath(source, stagedKey, options);
        var sql = new StringBuilder();
        sql.Append("COPY INTO ").Append(BronzeColumns.TableName(source.Entity)).Append(" (")
            .AppendJoin(", ", columns.Concat(BronzeColumns.Lineage).Select(c => c.Name)).Append(")\n")
            .Append("FROM (\n    SELECT\n");
        foreach (var column in columns)
        {
            // Quoted path elements: JSON keys are case-sensitive, and some (date) are SQL keywords.
            sql.Append("        $1:\"").Append(column.Name).Append("\"::").Append(column.SqlType).Append(",\n");
        }

        sql.Append("        ").Append(BronzeLoadStatements.Literal(source.Key)).Append(",\n")
            .Append("        ").Append(BronzeLoadStatements.Literal(source.ETag)).Append(",\n")
            .Append("        METADATA$FILE_ROW_NUMBER,\n")
            .Append("        CURRENT_TIMESTAMP\n")
            .Append("    FROM @").Append(options.QualifiedStage).Append('\n')
            .Append(")\n")
            .Append("FILES = (").Append(BronzeLoadStatements.Literal(stagePath)).Append(")\n")
            .Append("FILE_FORMAT = (FORMAT_NAME = ").Append(BronzeLoadStatements.Literal(options.QualifiedJsonFileFormat)).Append(")\n")
            .Append("ON_ERROR = ABORT_STATEMENT");
        return sql.ToString();
    }

    private static string StagePath(BronzeObject source, string stagedKey, SnowflakeWarehouseOptions options)
    {
        if (!string.Equals(source.Bucket, options.LakeBucket, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Object {source.Key} is in bucket {source.Bucket}, but the Snowflake stage {options.QualifiedStage} reads bucket {options.LakeBucket}.", nameof(source));
        }

        if (!stagedKey.StartsWith(options.StagePrefix, StringComparison.Ordinal) || stagedKey.Length == options.StagePrefix.Length)
        {
            throw new ArgumentException($"Staged key {stagedKey} is not below the stage prefix {options.StagePrefix}; the stage {options.QualifiedStage} cannot reach it.", nameof(stagedKey));
        }

        return stagedKey[options.StagePrefix.Length..];
    }
}

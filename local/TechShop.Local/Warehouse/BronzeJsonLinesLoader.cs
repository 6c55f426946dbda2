using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using DuckDB.NET.Native;
using TechShop.Core.Warehouse;

namespace TechShop.Local.Warehouse;

/// <summary>
/// Loads one JSON Lines extract into <c>BRONZE.&lt;ENTITY&gt;</c> in one transaction: the rows with their lineage
/// columns and the audit row together, or nothing. The columns read are the bronze table's own (explicit types,
/// no inference across files); a repeated (bucket, key, etag) is a no-op.
/// </summary>
internal sealed partial class BronzeJsonLinesLoader(DuckDBConnection connection, Func<string, string, string> resolveLakePath)
{
    private readonly Dictionary<string, List<(string Name, string Type)>> _columns = new(StringComparer.Ordinal);

    public BronzeLoadOutcome Load(BronzeObject source, DateTime loadedAt)
    {
        if (!EntityName().IsMatch(source.Entity))
        {
            throw new BronzeObjectRejectedException(source, $"entity '{source.Entity}' is not a bronze entity name (lower-case snake_case expected).");
        }

        var table = "BRONZE." + source.Entity.ToUpperInvariant();
        var columns = ExtractColumns(source.Entity.ToUpperInvariant());
        if (columns.Count == 0)
        {
            throw new BronzeObjectRejectedException(source, $"there is no table {table} for entity '{source.Entity}' (run the setup models first, or check the entity).");
        }

        var path = resolveLakePath(source.Bucket, source.Key);
        if (!File.Exists(path))
        {
            throw new BronzeObjectRejectedException(source, $"the object's file {path} does not exist.");
        }

        Execute("BEGIN TRANSACTION");
        try
        {
            var audited = Scalar(
                "SELECT COUNT(*) FROM BRONZE.LOAD_AUDIT WHERE bucket = " + SqlLiteral.String(source.Bucket)
                + " AND object_key = " + SqlLiteral.String(source.Key) + " AND etag = " + SqlLiteral.String(source.ETag));
            if (Convert.ToInt64(audited, CultureInfo.InvariantCulture) > 0)
            {
                Execute("ROLLBACK");
                return new BronzeLoadOutcome(source, 0, AlreadyLoaded: true);
            }

            var loaded = Insert(source, table, columns, path, loadedAt);
            RejectRowsWithoutColumns(source, table, columns, loadedAt);
            Execute(
                "INSERT INTO BRONZE.LOAD_AUDIT (bucket, object_key, etag, entity, rows_loaded, loaded_at) VALUES ("
                + $"{SqlLiteral.String(source.Bucket)}, {SqlLiteral.String(source.Key)}, {SqlLiteral.String(source.ETag)}, "
                + $"{SqlLiteral.String(source.Entity)}, {loaded}, {SqlLiteral.Timestamp(loadedAt)})");
            Execute("COMMIT");
            return new BronzeLoadOutcome(source, loaded, AlreadyLoaded: false);
        }
        catch (DuckDBException e) when (IsBadInput(e))
        {
            Execute("ROLLBACK");
            throw new BronzeObjectRejectedException(source, $"the file is not valid JSON Lines for {table}: {FirstLine(e.Message)}", e);
        }
        catch
        {
            Execute("ROLLBACK");
            throw;
        }
    }

    private long Insert(BronzeObject source, string table, IReadOnlyList<(string Name, string Type)> columns, string path, DateTime loadedAt)
    {
        var names = string.Join(", ", columns.Select(c => Quote(c.Name)));
        var spec = string.Join(", ", columns.Select(c => $"{SqlLiteral.String(c.Name)}: {SqlLiteral.String(c.Type)}"));
        var sql = new StringBuilder()
            .Append("INSERT INTO ").Append(table).Append(" (").Append(names).Append(", _source_key, _etag, _row_number, _loaded_at) ")
            .Append("SELECT ").Append(names).Append(", ").Append(SqlLiteral.String(source.Key)).Append(", ")
            .Append(SqlLiteral.String(source.ETag)).Append(", ordinality, ").Append(SqlLiteral.Timestamp(loadedAt))
            .Append(" FROM read_json(").Append(SqlLiteral.String(path))
            .Append(", format = 'newline_delimited', columns = {").Append(spec).Append("}) WITH ORDINALITY")
            .ToString();
        return Execute(sql);
    }

    // A line that is JSON but holds none of the entity's columns (another entity's file, a stray value) is corrupt.
    private void RejectRowsWithoutColumns(BronzeObject source, string table, IReadOnlyList<(string Name, string Type)> columns, DateTime loadedAt)
    {
        var allNull = string.Join(" AND ", columns.Select(c => Quote(c.Name) + " IS NULL"));
        var line = Scalar(
            $"SELECT MIN(_row_number) FROM {table} WHERE _source_key = {SqlLiteral.String(source.Key)} "
            + $"AND _etag = {SqlLiteral.String(source.ETag)} AND _loaded_at = {SqlLiteral.Timestamp(loadedAt)} AND {allNull}");
        if (line is not null)
        {
            throw new BronzeObjectRejectedException(
                source, $"line {line} holds none of the columns of {table} ({string.Join(", ", columns.Select(c => c.Name))}).");
        }
    }

    // Bronze DDL does not change while a process runs; information_schema lookups cost ~0.1 s each, so cache them.
    private List<(string Name, string Type)> ExtractColumns(string tableName)
    {
        if (_columns.TryGetValue(tableName, out var cached))
        {
            return cached;
        }

        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT column_name, data_type FROM duckdb_columns() WHERE schema_name = 'BRONZE' AND table_name = "
            + SqlLiteral.String(tableName) + " ORDER BY column_index";
        using var reader = command.ExecuteReader();
        var columns = new List<(string, string)>();
        while (reader.Read())
        {
            var name = reader.GetString(0);
            if (!name.StartsWith('_'))
            {
                columns.Add((name, reader.GetString(1)));
            }
        }

        if (columns.Count > 0)
        {
            _columns[tableName] = columns;
        }

        return columns;
    }

    // Malformed JSON and values that do not convert are the file's fault; anything else (I/O, memory) is not.
    private static bool IsBadInput(DuckDBException e) =>
        e.ErrorType is DuckDBErrorType.InvalidInput or DuckDBErrorType.Conversion;

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private long Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    private object? Scalar(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex EntityName();
}

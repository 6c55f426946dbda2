using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using DuckDB.NET.Native;
using TechShop.Core.Warehouse;

namespace TechShop.Local.Warehouse;

/// <summary>
/// Loads JSON Lines extracts into <c>BRONZE.&lt;ENTITY&gt;</c>: the objects of one entity in one transaction (one
/// <c>read_json</c> over their files, one audit insert), the rows with their lineage columns and the audit rows together,
/// or nothing. The columns read are the bronze table's own (explicit types, no inference across files); a repeated
/// (bucket, key, etag) is a no-op. A batch that fails on bad input is loaded again object by object, so only the bad
/// object is rejected.
/// </summary>
internal sealed partial class BronzeJsonLinesLoader(DuckDBConnection connection, Func<string, string, string> resolveLakePath)
{
    // Session-local; created and dropped inside the load's transaction, so a rollback removes it too.
    private const string BatchTable = "temp.main.bronze_batch";

    private readonly Dictionary<string, List<(string Name, string Type)>> _columns = new(StringComparer.Ordinal);

    /// <summary>Loads one object: a batch of one, whose rejection is thrown.</summary>
    public BronzeLoadOutcome Load(BronzeObject source, DateTime loadedAt)
    {
        var file = Prepare(source);
        return LoadTransaction([file], loadedAt).Single();
    }

    /// <summary>Loads many objects, one transaction per entity; a rejected object is reported, not thrown.</summary>
    public BronzeBatchOutcome LoadBatch(IReadOnlyList<BronzeObject> sources, DateTime loadedAt)
    {
        var outcomes = new List<BronzeLoadOutcome>(sources.Count);
        var rejections = new List<BronzeObjectRejectedException>();
        var ready = new List<BronzeFile>(sources.Count);
        foreach (var source in sources)
        {
            try
            {
                ready.Add(Prepare(source));
            }
            catch (BronzeObjectRejectedException e)
            {
                rejections.Add(e);
            }
        }

        foreach (var entity in ready.GroupBy(f => f.Source.Entity, StringComparer.Ordinal))
        {
            var files = entity.ToList();
            try
            {
                outcomes.AddRange(LoadTransaction(files, loadedAt));
            }
            catch (BronzeObjectRejectedException e) when (files.Count == 1)
            {
                rejections.Add(e);
            }
            catch (BronzeObjectRejectedException)
            {
                // The engine's message does not reliably name the file; object by object, only the bad one fails.
                foreach (var file in files)
                {
                    try
                    {
                        outcomes.AddRange(LoadTransaction([file], loadedAt));
                    }
                    catch (BronzeObjectRejectedException e)
                    {
                        rejections.Add(e);
                    }
                }
            }
        }

        return new BronzeBatchOutcome(outcomes, rejections);
    }

    private BronzeFile Prepare(BronzeObject source)
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

        return new BronzeFile(source, path, table, columns);
    }

    // One entity's files: audit lookup, read all files into a session table, check it, insert, audit, commit.
    private List<BronzeLoadOutcome> LoadTransaction(IReadOnlyList<BronzeFile> files, DateTime loadedAt)
    {
        var table = files[0].Table;
        var columns = files[0].Columns;
        Execute("BEGIN TRANSACTION");
        try
        {
            var audited = AuditedAmong(files);
            var outcomes = new List<BronzeLoadOutcome>(files.Count);
            var pending = new List<BronzeFile>(files.Count);
            var seen = new HashSet<(string, string, string)>();
            foreach (var file in files)
            {
                var id = (file.Source.Bucket, file.Source.Key, file.Source.ETag);
                if (audited.Contains(id) || !seen.Add(id))
                {
                    outcomes.Add(new BronzeLoadOutcome(file.Source, 0, AlreadyLoaded: true));
                }
                else
                {
                    pending.Add(file);
                }
            }

            if (pending.Count == 0)
            {
                Execute("ROLLBACK");
                return outcomes;
            }

            ReadFiles(pending, columns);
            var rows = RowsPerFile(pending, table, columns);
            InsertRows(pending, table, columns, loadedAt);
            InsertAudit(pending, rows, loadedAt);
            Execute("DROP TABLE " + BatchTable);
            Execute("COMMIT");
            outcomes.AddRange(pending.Select((f, i) => new BronzeLoadOutcome(f.Source, rows[i], AlreadyLoaded: false)));
            return outcomes;
        }
        catch (DuckDBException e) when (IsBadInput(e))
        {
            Execute("ROLLBACK");
            var named = files.Count == 1 ? files[0] : files.FirstOrDefault(f => e.Message.Contains(f.Path, StringComparison.Ordinal)) ?? files[0];
            throw new BronzeObjectRejectedException(named.Source, $"the file is not valid JSON Lines for {table}: {FirstLine(e.Message)}", e);
        }
        catch
        {
            Execute("ROLLBACK");
            throw;
        }
    }

    private HashSet<(string Bucket, string Key, string ETag)> AuditedAmong(IReadOnlyList<BronzeFile> files)
    {
        var keys = string.Join(", ", files.Select(f => SqlLiteral.String(f.Source.Key)).Distinct(StringComparer.Ordinal));
        var buckets = string.Join(", ", files.Select(f => SqlLiteral.String(f.Source.Bucket)).Distinct(StringComparer.Ordinal));
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT bucket, object_key, etag FROM BRONZE.LOAD_AUDIT WHERE bucket IN ({buckets}) AND object_key IN ({keys})";
        using var reader = command.ExecuteReader();
        var audited = new HashSet<(string, string, string)>();
        while (reader.Read())
        {
            audited.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return audited;
    }

    // file_index is the file's position in the list; ORDINALITY follows each file's line order, so numbering within
    // a file by it gives the line number.
    private void ReadFiles(IReadOnlyList<BronzeFile> files, IReadOnlyList<(string Name, string Type)> columns)
    {
        var names = string.Join(", ", columns.Select(c => Quote(c.Name)));
        var spec = string.Join(", ", columns.Select(c => $"{SqlLiteral.String(c.Name)}: {SqlLiteral.String(c.Type)}"));
        var sql = new StringBuilder()
            .Append("CREATE TEMP TABLE bronze_batch AS SELECT ").Append(names)
            .Append(", file_index AS _file, row_number() OVER (PARTITION BY file_index ORDER BY ordinality) AS _line FROM read_json([")
            .AppendJoin(", ", files.Select(f => SqlLiteral.String(f.Path)))
            .Append("], format = 'newline_delimited', columns = {").Append(spec).Append("}) WITH ORDINALITY")
            .ToString();
        Execute(sql);
    }

    // Rows per file, in one pass that also finds a line that is JSON but holds none of the entity's columns (another
    // entity's file, a stray value): such a file is corrupt.
    private long[] RowsPerFile(IReadOnlyList<BronzeFile> files, string table, IReadOnlyList<(string Name, string Type)> columns)
    {
        var allNull = string.Join(" AND ", columns.Select(c => Quote(c.Name) + " IS NULL"));
        var rows = new long[files.Count];
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT _file, COUNT(*), MIN(CASE WHEN {allNull} THEN _line END) FROM {BatchTable} GROUP BY _file ORDER BY _file";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var file = checked((int)Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture));
            if (!reader.IsDBNull(2))
            {
                throw new BronzeObjectRejectedException(
                    files[file].Source, $"line {reader.GetValue(2)} holds none of the columns of {table} ({string.Join(", ", columns.Select(c => c.Name))}).");
            }

            rows[file] = Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture);
        }

        return rows;
    }

    private void InsertRows(IReadOnlyList<BronzeFile> files, string table, IReadOnlyList<(string Name, string Type)> columns, DateTime loadedAt)
    {
        var names = string.Join(", ", columns.Select(c => Quote(c.Name)));
        var lineage = string.Join(", ", files.Select((f, i) =>
            $"({i.ToString(CultureInfo.InvariantCulture)}, {SqlLiteral.String(f.Source.Key)}, {SqlLiteral.String(f.Source.ETag)})"));
        Execute(new StringBuilder()
            .Append("INSERT INTO ").Append(table).Append(" (").Append(names).Append(", _source_key, _etag, _row_number, _loaded_at) ")
            .Append("SELECT ").AppendJoin(", ", columns.Select(c => "b." + Quote(c.Name)))
            .Append(", o.object_key, o.etag, b._line, ").Append(SqlLiteral.Timestamp(loadedAt))
            .Append(" FROM ").Append(BatchTable).Append(" AS b JOIN (VALUES ").Append(lineage)
            .Append(") AS o (file_index, object_key, etag) ON b._file = o.file_index")
            .ToString());
    }

    private void InsertAudit(IReadOnlyList<BronzeFile> files, long[] rows, DateTime loadedAt)
    {
        var values = files.Select((f, i) =>
            $"({SqlLiteral.String(f.Source.Bucket)}, {SqlLiteral.String(f.Source.Key)}, {SqlLiteral.String(f.Source.ETag)}, "
            + $"{SqlLiteral.String(f.Source.Entity)}, {rows[i].ToString(CultureInfo.InvariantCulture)}, {SqlLiteral.Timestamp(loadedAt)})");
        Execute("INSERT INTO BRONZE.LOAD_AUDIT (bucket, object_key, etag, entity, rows_loaded, loaded_at) VALUES " + string.Join(", ", values));
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

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex EntityName();

    private sealed record BronzeFile(BronzeObject Source, string Path, string Table, List<(string Name, string Type)> Columns);
}

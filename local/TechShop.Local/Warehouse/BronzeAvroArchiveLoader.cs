using System.Globalization;
using System.Text.Json;
using DuckDB.NET.Data;
using TechShop.Avro.Archive;
using TechShop.Avro.Errors;
using TechShop.Avro.Events;
using TechShop.Core.Warehouse;

namespace TechShop.Local.Warehouse;

/// <summary>
/// Loads one stream archive file (an Avro container of <c>com.techshop.archive.KafkaRecord</c>) into
/// <c>BRONZE.STREAM_&lt;TOPIC&gt;</c>, decoded in C# (DuckDB reads no Avro offline): one row per Kafka record, a value that
/// does not decode kept with its bytes and reason. Rows and audit row in one transaction; a repeated (bucket, key, ETag)
/// is a no-op. A file that is not a readable container is rejected (quarantined by bronze-load).
/// </summary>
internal sealed class BronzeAvroArchiveLoader(DuckDBConnection connection, Func<string, string, string> resolveLakePath, EventDecoder? decoder)
{
    private const int RowsPerInsert = 250;

    private readonly Dictionary<string, Dictionary<string, string>> _columns = new(StringComparer.Ordinal);

    private readonly StreamArchiveDecoder _decoder = new(
        decoder, "the DuckDB warehouse was opened without one (DuckDbWarehouseOptions.StreamRegistry)");

    public async Task<BronzeLoadOutcome> LoadAsync(BronzeObject source, DateTime loadedAt, CancellationToken cancellationToken)
    {
        var table = "BRONZE." + source.Entity.ToUpperInvariant();
        var columns = Columns(source.Entity.ToUpperInvariant());
        if (columns.Count == 0)
        {
            throw new BronzeObjectRejectedException(source, $"there is no table {table} for stream entity '{source.Entity}' (an unknown topic?).");
        }

        var path = resolveLakePath(source.Bucket, source.Key);
        if (!File.Exists(path))
        {
            throw new BronzeObjectRejectedException(source, $"the object's file {path} does not exist.");
        }

        IReadOnlyList<ArchivedKafkaRecord> records;
        try
        {
            records = StreamArchiveDecoder.ReadRecords(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false));
        }
        catch (AvroContainerException e)
        {
            throw new BronzeObjectRejectedException(source, $"the file is not a readable Avro container of KafkaRecord: {e.Message}", e);
        }

        // Decode before the transaction: a registry outage (transient) must fail the load before anything is written.
        var decoded = await _decoder.DecodeAllAsync(records, cancellationToken).ConfigureAwait(false);
        var rows = decoded.Select(row => Row(row, columns)).ToList();

        Execute("BEGIN TRANSACTION");
        try
        {
            if (Convert.ToInt64(Scalar(
                    "SELECT COUNT(*) FROM BRONZE.LOAD_AUDIT WHERE bucket = " + SqlLiteral.String(source.Bucket)
                    + " AND object_key = " + SqlLiteral.String(source.Key) + " AND etag = " + SqlLiteral.String(source.ETag)), CultureInfo.InvariantCulture) > 0)
            {
                Execute("ROLLBACK");
                return new BronzeLoadOutcome(source, 0, AlreadyLoaded: true);
            }

            Insert(table, columns, rows, source, loadedAt);
            Execute(
                "INSERT INTO BRONZE.LOAD_AUDIT (bucket, object_key, etag, entity, rows_loaded, loaded_at) VALUES ("
                + $"{SqlLiteral.String(source.Bucket)}, {SqlLiteral.String(source.Key)}, {SqlLiteral.String(source.ETag)}, "
                + $"{SqlLiteral.String(source.Entity)}, {rows.Count}, {SqlLiteral.Timestamp(loadedAt)})");
            Execute("COMMIT");
            return new BronzeLoadOutcome(source, rows.Count, AlreadyLoaded: false);
        }
        catch
        {
            Execute("ROLLBACK");
            throw;
        }
    }

    // The shared decoding (TechShop.Avro's StreamArchiveDecoder) gives the row; DuckDB keeps the columns its table has.
    private static Dictionary<string, object?> Row(StreamArchiveRow decoded, Dictionary<string, string> columns)
    {
        var record = decoded.Record;
        var row = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["kafka_topic"] = record.Topic,
            ["kafka_partition"] = record.Partition,
            ["kafka_offset"] = record.Offset,
            ["kafka_timestamp"] = record.Timestamp,
            ["kafka_timestamp_type"] = record.TimestampType.ToString(),
            ["record_key"] = decoded.RecordKey,
            ["value_base64"] = decoded.ValueBase64,
            ["schema_id"] = decoded.SchemaId,
            ["decode_status"] = decoded.DecodeStatus,
            ["decode_error"] = decoded.DecodeError,
        };
        foreach (var column in decoded.Payload)
        {
            if (columns.TryGetValue(column.Name, out var type))
            {
                row[column.Name] = Typed(column.Value, type);
            }
        }

        return row;
    }

    private static object? Typed(JsonElement value, string type) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Array or JsonValueKind.Object => value.GetRawText(),
        _ when type == "DATE" => DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ when type.StartsWith("TIMESTAMP", StringComparison.Ordinal) => DateTime.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
        _ when type == "INTEGER" => value.GetInt32(),
        _ when type == "BIGINT" => value.GetInt64(),
        _ when type.StartsWith("DECIMAL", StringComparison.Ordinal) => value.GetDecimal(),
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };

    // Multi-row INSERTs of up to RowsPerInsert rows: one statement per row made the archive load the slowest step of a run.
    private void Insert(string table, Dictionary<string, string> columns, List<Dictionary<string, object?>> rows, BronzeObject source, DateTime loadedAt)
    {
        var names = columns.Keys.ToList();
        var tuple = "(" + string.Join(", ", names.Select(_ => "?")) + ")";
        var into = $"INSERT INTO {table} ({string.Join(", ", names.Select(n => "\"" + n + "\""))}) VALUES ";
        for (var first = 0; first < rows.Count; first += RowsPerInsert)
        {
            var count = Math.Min(RowsPerInsert, rows.Count - first);
            using var command = connection.CreateCommand();
            command.CommandText = into + string.Join(", ", Enumerable.Repeat(tuple, count));
            for (var i = first; i < first + count; i++)
            {
                var row = rows[i];
                row["_source_key"] = source.Key;
                row["_etag"] = source.ETag;
                row["_row_number"] = (long)(i + 1);
                row["_loaded_at"] = loadedAt;
                foreach (var name in names)
                {
                    command.Parameters.Add(new DuckDBParameter(row.GetValueOrDefault(name) ?? DBNull.Value));
                }
            }

            command.ExecuteNonQuery();
        }
    }

    // Bronze DDL does not change while a process runs, and a duckdb_columns() lookup costs ~0.1 s: once per table.
    private Dictionary<string, string> Columns(string tableName)
    {
        if (_columns.TryGetValue(tableName, out var cached))
        {
            return cached;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT column_name, data_type FROM duckdb_columns() WHERE schema_name = 'BRONZE' AND table_name = "
            + SqlLiteral.String(tableName) + " ORDER BY column_index";
        using var reader = command.ExecuteReader();
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            columns[reader.GetString(0)] = reader.GetString(1);
        }

        if (columns.Count > 0)
        {
            _columns[tableName] = columns;
        }

        return columns;
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}

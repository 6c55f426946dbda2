using System.Buffers.Binary;
using System.Text;
using TechShop.Keyspaces.Protocol;
using TechShop.Keyspaces.Tests.Server;
using TechShop.Local.Tests.Realtime;

namespace TechShop.Keyspaces.Tests.Realtime;

/// <summary>
/// The request handler of a CQL node holding the sql/keyspaces tables in memory: PREPARE parses the statement against
/// the DDL, EXECUTE and BATCH upsert rows by primary key (not set keeps a cell, null clears it) or answer a SELECT
/// with its rows, page by page. It logs every statement it runs, for the tests to inspect.
/// </summary>
internal sealed class CqlTableServer
{
    private static readonly Dictionary<string, ushort> TypeIds = new(StringComparer.Ordinal)
    {
        ["text"] = 0x000D, ["int"] = 0x0009, ["bigint"] = 0x0002, ["boolean"] = 0x0004, ["double"] = 0x0007,
        ["decimal"] = 0x0006, ["timestamp"] = 0x000B, ["date"] = 0x0011, ["uuid"] = 0x000C, ["varint"] = 0x000E,
    };

    private static readonly Dictionary<string, int> FixedSizes = new(StringComparer.Ordinal)
    {
        ["int"] = 4, ["bigint"] = 8, ["timestamp"] = 8, ["date"] = 4, ["double"] = 8, ["boolean"] = 1, ["uuid"] = 16,
    };

    private readonly Lock _gate = new();
    private readonly Dictionary<string, KeyspacesTable> _tables;
    private readonly Dictionary<string, SortedDictionary<string, CqlValue[]>> _rows = [];
    private readonly Dictionary<string, CqlShape> _prepared = [];
    private readonly List<ExecutedStatement> _log = [];
    private int _batches;

    public CqlTableServer(IEnumerable<KeyspacesTable>? tables = null)
    {
        _tables = (tables ?? KeyspacesTable.All()).ToDictionary(t => t.Name, StringComparer.Ordinal);
        foreach (var table in _tables.Keys)
        {
            _rows[table] = new SortedDictionary<string, CqlValue[]>(StringComparer.Ordinal);
        }
    }

    /// <summary>Every statement run so far (batch entries one by one), in order.</summary>
    public IReadOnlyList<ExecutedStatement> Log
    {
        get
        {
            lock (_gate)
            {
                return [.. _log];
            }
        }
    }

    /// <summary>The number of rows a table holds.</summary>
    public int RowCount(string table)
    {
        lock (_gate)
        {
            return _rows[table].Count;
        }
    }

    public Reply Handle(ReceivedFrame frame)
    {
        lock (_gate)
        {
            try
            {
                return frame.Opcode switch
                {
                    Opcode.Prepare => Prepare(frame.Text),
                    Opcode.Execute => Execute(new WireReader(frame.Body)),
                    Opcode.Batch => Batch(new WireReader(frame.Body)),
                    _ => CqlScript.Default(frame),
                };
            }
            catch (CqlShapeException e)
            {
                return Replies.Error(e.Code, e.Message);
            }
        }
    }

    private Reply Prepare(string text)
    {
        var shape = CqlShape.Parse(text, _tables);
        var id = CqlScript.IdOf(text);
        _prepared[Convert.ToHexString(id)] = shape;
        var markers = shape.Markers.Select(c => (shape.Table.Columns[c].Name, TypeIds[shape.Table.Columns[c].Type])).ToArray();
        var partitionKeyIndexes = shape.IsInsert
            ? shape.Table.PartitionKey.Select(pk => shape.Markers.ToList().FindIndex(c => shape.Table.Columns[c].Name == pk)).ToArray()
            : [];
        return Replies.Prepared(id, shape.Table.Name, markers, partitionKeyIndexes);
    }

    private Reply Execute(WireReader reader)
    {
        var id = reader.ShortBytes();
        var consistency = (Consistency)reader.Short();
        var flags = reader.Byte();
        var values = (flags & 0x01) != 0 ? reader.Values() : [];
        var pageSize = (flags & 0x04) != 0 ? reader.Int() : int.MaxValue;
        var pagingState = (flags & 0x08) != 0 ? reader.Bytes() : null;
        var shape = ShapeOf(id);
        _log.Add(new ExecutedStatement(shape.Text, values, consistency, -1, 0, pagingState));
        if (shape.IsInsert)
        {
            Upsert(shape, values);
            return Replies.Void();
        }

        return Select(shape, values, pageSize, pagingState);
    }

    private Reply Batch(WireReader reader)
    {
        var type = reader.Byte();
        var entries = new List<(CqlShape Shape, IReadOnlyList<CqlValue> Values)>();
        for (int i = 0, count = reader.Short(); i < count; i++)
        {
            var shape = reader.Byte() == 1 ? ShapeOf(reader.ShortBytes()) : CqlShape.Parse(reader.LongString(), _tables);
            entries.Add((shape, reader.Values()));
        }

        var consistency = (Consistency)reader.Short();
        if (entries.Any(e => !e.Shape.IsInsert))
        {
            throw new CqlShapeException(0x2200, "Only INSERT, UPDATE and DELETE statements are allowed in a BATCH");
        }

        var batch = _batches++;
        foreach (var (shape, values) in entries)
        {
            _log.Add(new ExecutedStatement(shape.Text, values, consistency, batch, type, null));
            Upsert(shape, values);
        }

        return Replies.Void();
    }

    private CqlShape ShapeOf(byte[] id) =>
        _prepared.TryGetValue(Convert.ToHexString(id), out var shape)
            ? shape
            : throw new CqlShapeException(0x2200, $"no statement was prepared with id {Convert.ToHexString(id)}");

    private void Upsert(CqlShape shape, IReadOnlyList<CqlValue> values)
    {
        var table = shape.Table;
        if (values.Count != shape.Columns.Count)
        {
            throw new CqlShapeException(0x000A, $"expected {shape.Columns.Count} values, got {values.Count}");
        }

        for (var i = 0; i < values.Count; i++)
        {
            var column = table.Columns[shape.Columns[i]];
            if (values[i].Bytes is { } bytes && FixedSizes.TryGetValue(column.Type, out var size) && bytes.Length != size)
            {
                throw new CqlShapeException(0x2200, $"Expected {size} or 0 byte {column.Type} for {column.Name} ({bytes.Length})");
            }
        }

        var keyColumns = table.PartitionKey.Concat(table.Clustering).ToList();
        var row = new CqlValue[table.Columns.Count];
        Array.Fill(row, CqlValue.Null);
        for (var i = 0; i < values.Count; i++)
        {
            row[shape.Columns[i]] = values[i];
        }

        var key = new StringBuilder();
        foreach (var name in keyColumns)
        {
            var cell = row[table.Columns.ToList().FindIndex(c => c.Name == name)];
            if (cell.Bytes is null)
            {
                throw new CqlShapeException(0x2200, $"Invalid null or unset value for primary key column {name}");
            }

            key.Append(Convert.ToHexString(cell.Bytes)).Append('|');
        }

        var stored = _rows[table.Name].GetValueOrDefault(key.ToString());
        for (var c = 0; c < row.Length; c++)
        {
            if (row[c].IsNotSet || (!shape.Columns.Contains(c)))
            {
                row[c] = stored?[c] ?? CqlValue.Null;
            }
        }

        _rows[table.Name][key.ToString()] = row;
    }

    private Reply Select(CqlShape shape, IReadOnlyList<CqlValue> values, int pageSize, byte[]? pagingState)
    {
        var table = shape.Table;
        var matching = _rows[table.Name].Values.Where(row => shape.Restrictions.All(r => Holds(table, row, r, values))).ToList();
        var offset = pagingState is null ? 0 : BinaryPrimitives.ReadInt32BigEndian(pagingState);
        var page = matching.Skip(offset).Take(pageSize).ToList();
        var next = offset + page.Count < matching.Count ? BigEndian(offset + page.Count) : null;
        var columns = shape.Columns.Select(c => (table.Columns[c].Name, TypeIds[table.Columns[c].Type])).ToArray();
        var cells = page.Select(row => shape.Columns.Select(c => row[c].Bytes).ToArray()).ToArray();
        return Replies.Rows(columns, cells, next);
    }

    private static bool Holds(KeyspacesTable table, CqlValue[] row, Restriction restriction, IReadOnlyList<CqlValue> values)
    {
        var cell = row[restriction.Column].Bytes ?? [];
        if (restriction.Operator == "IN")
        {
            return restriction.Literals.Any(l => l.AsSpan().SequenceEqual(cell));
        }

        var bound = values[restriction.Marker].Bytes
            ?? throw new CqlShapeException(0x2200, $"Invalid null value for {table.Columns[restriction.Column].Name}");
        var order = Compare(table.Columns[restriction.Column].Type, cell, bound);
        return restriction.Operator switch
        {
            "=" => order == 0,
            ">=" => order >= 0,
            ">" => order > 0,
            "<=" => order <= 0,
            _ => order < 0,
        };
    }

    /// <summary>Orders two cells of a key column by their CQL type (dates are unsigned days centred on 2^31).</summary>
    private static int Compare(string type, byte[] left, byte[] right) => type switch
    {
        "int" => BinaryPrimitives.ReadInt32BigEndian(left).CompareTo(BinaryPrimitives.ReadInt32BigEndian(right)),
        "bigint" or "timestamp" => BinaryPrimitives.ReadInt64BigEndian(left).CompareTo(BinaryPrimitives.ReadInt64BigEndian(right)),
        "date" => BinaryPrimitives.ReadUInt32BigEndian(left).CompareTo(BinaryPrimitives.ReadUInt32BigEndian(right)),
        "text" => string.CompareOrdinal(Encoding.UTF8.GetString(left), Encoding.UTF8.GetString(right)),
        _ => throw new CqlShapeException(0x2200, $"cannot order {type} here"),
    };

    private static byte[] BigEndian(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        return bytes;
    }
}

using System.Net;
using System.Numerics;
using TechShop.Keyspaces.Errors;
using TechShop.Keyspaces.Protocol;
using TechShop.Keyspaces.Values;

namespace TechShop.Keyspaces.Session;

/// <summary>A row of a <see cref="RowSet"/>, read by column name with typed getters.</summary>
public sealed class Row
{
    private readonly RowSet _rows;
    private readonly int _index;

    internal Row(RowSet rows, int index)
    {
        _rows = rows;
        _index = index;
    }

    /// <summary>True when the column's value is null (absent), as opposed to empty.</summary>
    public bool IsNull(string column) => !_rows.TryGetCell(_index, Ordinal(column), out _);

    public string GetString(string column) => CqlCodec.DecodeText(Cell(column, CqlTypeCode.Varchar, CqlTypeCode.Ascii));

    public int GetInt32(string column) => CqlCodec.DecodeInt32(Cell(column, CqlTypeCode.Int));

    public long GetInt64(string column) => CqlCodec.DecodeInt64(Cell(column, CqlTypeCode.Bigint, CqlTypeCode.Counter));

    public short GetInt16(string column) => CqlCodec.DecodeInt16(Cell(column, CqlTypeCode.Smallint));

    public sbyte GetSByte(string column) => CqlCodec.DecodeInt8(Cell(column, CqlTypeCode.Tinyint));

    public bool GetBoolean(string column) => CqlCodec.DecodeBoolean(Cell(column, CqlTypeCode.Boolean));

    public double GetDouble(string column) => CqlCodec.DecodeDouble(Cell(column, CqlTypeCode.Double));

    public float GetFloat(string column) => CqlCodec.DecodeFloat(Cell(column, CqlTypeCode.Float));

    public decimal GetDecimal(string column) => CqlCodec.DecodeDecimal(Cell(column, CqlTypeCode.Decimal));

    public BigInteger GetBigInteger(string column) => CqlCodec.DecodeVarint(Cell(column, CqlTypeCode.Varint));

    public DateTimeOffset GetTimestamp(string column) => CqlCodec.DecodeTimestamp(Cell(column, CqlTypeCode.Timestamp));

    public DateOnly GetDate(string column) => CqlCodec.DecodeDate(Cell(column, CqlTypeCode.Date));

    public TimeOnly GetTime(string column) => CqlCodec.DecodeTime(Cell(column, CqlTypeCode.Time));

    public Guid GetGuid(string column) => CqlCodec.DecodeUuid(Cell(column, CqlTypeCode.Uuid, CqlTypeCode.Timeuuid));

    public IPAddress GetInet(string column) => CqlCodec.DecodeInet(Cell(column, CqlTypeCode.Inet));

    public byte[] GetBytes(string column) => Cell(column, CqlTypeCode.Blob).ToArray();

    /// <summary>The value decoded to its natural .NET type, or null.</summary>
    public object? GetValue(string column)
    {
        var ordinal = Ordinal(column);
        return _rows.TryGetCell(_index, ordinal, out var bytes) ? CqlCodec.Decode(_rows.Columns[ordinal].Type, bytes) : null;
    }

    private int Ordinal(string column)
    {
        var ordinal = _rows.IndexOf(column);
        return ordinal >= 0
            ? ordinal
            : throw new CqlCodecException(
                $"the result has no column '{column}'; its columns are {string.Join(", ", _rows.Columns.Select(c => c.Name))}");
    }

    private ReadOnlySpan<byte> Cell(string column, CqlTypeCode expected, CqlTypeCode alternative = (CqlTypeCode)0xFFFF)
    {
        var ordinal = Ordinal(column);
        var type = _rows.Columns[ordinal].Type;
        if (type.Code != expected && type.Code != alternative)
        {
            throw new CqlCodecException($"column '{column}' is CQL {type}, not {((CqlType)expected)}");
        }

        return _rows.TryGetCell(_index, ordinal, out var bytes)
            ? bytes
            : throw new CqlCodecException($"column '{column}' is null in this row; check IsNull(\"{column}\") first");
    }
}

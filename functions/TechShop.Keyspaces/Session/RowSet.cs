using System.Collections;
using TechShop.Keyspaces.Protocol;

namespace TechShop.Keyspaces.Session;

/// <summary>One page of rows; cells stay in the frame body and are decoded only when a getter reads them.</summary>
public sealed class RowSet : IReadOnlyList<Row>
{
    private readonly byte[] _body;
    private readonly int[] _cells;
    private readonly int _columnCount;
    private Dictionary<string, int>? _columnIndex;

    internal RowSet(
        IReadOnlyList<ColumnSpec> columns, int columnCount, byte[] body, int[] cells, byte[]? pagingState,
        IReadOnlyList<string> warnings)
    {
        Columns = columns;
        _columnCount = columnCount;
        _body = body;
        _cells = cells;
        PagingState = pagingState;
        Warnings = warnings;
    }

    /// <summary>An empty result (the answer to a write).</summary>
    public static RowSet Empty { get; } = new([], 0, [], [], null, []);

    /// <summary>The result columns, in order.</summary>
    public IReadOnlyList<ColumnSpec> Columns { get; }

    /// <summary>Where the next page starts; null on the last page.</summary>
    public byte[]? PagingState { get; }

    /// <summary>Warnings the server attached to the response.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Rows in this page.</summary>
    public int Count => _columnCount == 0 ? 0 : _cells.Length / 2 / _columnCount;

    public Row this[int index] => (uint)index < (uint)Count ? new Row(this, index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<Row> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return new Row(this, i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Index of a column by name (exact match first, then case-insensitive), or -1.</summary>
    public int IndexOf(string column)
    {
        _columnIndex ??= BuildIndex();
        return _columnIndex.TryGetValue(column, out var index) ? index : -1;
    }

    /// <summary>The raw bytes of a cell; false when the cell is null.</summary>
    internal bool TryGetCell(int row, int column, out ReadOnlySpan<byte> bytes)
    {
        var slot = ((row * _columnCount) + column) * 2;
        var length = _cells[slot + 1];
        bytes = length < 0 ? default : _body.AsSpan(_cells[slot], length);
        return length >= 0;
    }

    private Dictionary<string, int> BuildIndex()
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Columns.Count; i++)
        {
            index.TryAdd(Columns[i].Name, i);
        }

        return index;
    }
}

namespace TechShop.Keyspaces.Protocol;

/// <summary>Rows metadata (spec 4.2.5.2): columns (empty when No_metadata), column count and paging state.</summary>
public sealed record RowsMetadata(int ColumnCount, IReadOnlyList<ColumnSpec> Columns, byte[]? PagingState)
{
    private const int GlobalTableSpec = 0x0001;
    private const int HasMorePages = 0x0002;
    private const int NoMetadata = 0x0004;

    /// <summary>Reads rows metadata.</summary>
    public static RowsMetadata Read(ref CqlBodyReader reader)
    {
        var flags = reader.ReadInt();
        var count = reader.ReadInt();
        if (count < 0)
        {
            throw new Errors.CqlProtocolViolationException($"rows metadata column count {count} is negative");
        }

        var pagingState = (flags & HasMorePages) != 0 ? reader.ReadBytesArray() : null;
        if ((flags & NoMetadata) != 0)
        {
            return new RowsMetadata(count, [], pagingState);
        }

        return new RowsMetadata(count, ReadColumnSpecs(ref reader, count, (flags & GlobalTableSpec) != 0), pagingState);
    }

    /// <summary>Reads <paramref name="count"/> column specs, with or without a global table spec before them.</summary>
    internal static ColumnSpec[] ReadColumnSpecs(ref CqlBodyReader reader, int count, bool globalTableSpec)
    {
        string keyspace = string.Empty, table = string.Empty;
        if (globalTableSpec)
        {
            keyspace = reader.ReadString();
            table = reader.ReadString();
        }

        var columns = new ColumnSpec[count];
        for (var i = 0; i < count; i++)
        {
            var ks = globalTableSpec ? keyspace : reader.ReadString();
            var tb = globalTableSpec ? table : reader.ReadString();
            var name = reader.ReadString();
            columns[i] = new ColumnSpec(ks, tb, name, CqlType.Read(ref reader));
        }

        return columns;
    }
}

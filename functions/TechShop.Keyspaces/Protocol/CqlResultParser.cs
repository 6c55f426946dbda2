using TechShop.Keyspaces.Errors;
using TechShop.Keyspaces.Session;

namespace TechShop.Keyspaces.Protocol;

/// <summary>Parses RESULT messages into <see cref="CqlResult"/> kinds.</summary>
public static class CqlResultParser
{
    /// <summary>Parses the RESULT body of <paramref name="frame"/>.</summary>
    public static CqlResult Parse(ResponseFrame frame)
    {
        var reader = new CqlBodyReader(frame.Message);
        var kind = reader.ReadInt();
        switch (kind)
        {
            case 0x0001:
                return VoidResult.Instance;
            case 0x0002:
                return new RowsResult(ReadRows(ref reader, frame));
            case 0x0003:
                return new SetKeyspaceResult(reader.ReadString());
            case 0x0004:
                var id = reader.ReadShortBytes();
                var variables = PreparedMetadata.Read(ref reader);
                return new PreparedResult(id, variables, RowsMetadata.Read(ref reader));
            case 0x0005:
                return ReadSchemaChange(ref reader);
            default:
                throw new CqlProtocolViolationException($"unknown RESULT kind 0x{kind:X4}");
        }
    }

    /// <summary>Reads a Rows body; cells stay in the frame body and are decoded when read.</summary>
    private static RowSet ReadRows(ref CqlBodyReader reader, ResponseFrame frame)
    {
        var metadata = RowsMetadata.Read(ref reader);
        var columns = metadata.Columns;
        var rowCount = reader.ReadInt();
        if (rowCount < 0)
        {
            throw new CqlProtocolViolationException($"row count {rowCount} is negative");
        }

        var cells = new int[checked(rowCount * metadata.ColumnCount * 2)];
        for (var i = 0; i < cells.Length; i += 2)
        {
            var (offset, length) = reader.ReadBytesSlice();
            cells[i] = frame.MessageOffset + offset;
            cells[i + 1] = length;
        }

        return new RowSet(columns, metadata.ColumnCount, frame.Body, cells, metadata.PagingState, frame.Warnings);
    }

    private static SchemaChangeResult ReadSchemaChange(ref CqlBodyReader reader)
    {
        var change = reader.ReadString();
        var target = reader.ReadString();
        var keyspace = reader.ReadString();
        return target switch
        {
            "KEYSPACE" => new SchemaChangeResult(change, target, keyspace, null, []),
            "TABLE" or "TYPE" => new SchemaChangeResult(change, target, keyspace, reader.ReadString(), []),
            _ => new SchemaChangeResult(change, target, keyspace, reader.ReadString(), reader.ReadStringList()),
        };
    }
}

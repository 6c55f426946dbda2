namespace TechShop.Keyspaces.Protocol;

/// <summary>Bind metadata of a Prepared result: the markers and which of them form the partition key.</summary>
public sealed record PreparedMetadata(IReadOnlyList<ColumnSpec> Variables, IReadOnlyList<int> PartitionKeyIndexes)
{
    /// <summary>Reads prepared (bind) metadata (spec 4.2.5.4).</summary>
    public static PreparedMetadata Read(ref CqlBodyReader reader)
    {
        var flags = reader.ReadInt();
        var count = reader.ReadInt();
        var pkCount = reader.ReadInt();
        if (count < 0 || pkCount < 0)
        {
            throw new Errors.CqlProtocolViolationException($"prepared metadata counts {count}/{pkCount} are negative");
        }

        var pkIndexes = new int[pkCount];
        for (var i = 0; i < pkCount; i++)
        {
            pkIndexes[i] = reader.ReadShort();
        }

        return new PreparedMetadata(RowsMetadata.ReadColumnSpecs(ref reader, count, (flags & 0x0001) != 0), pkIndexes);
    }
}

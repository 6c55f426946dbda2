using System.Buffers.Binary;
using TechShop.Keyspaces.Values;

namespace TechShop.Keyspaces.Session;

/// <summary>A prepared statement with its encoded values; made by <see cref="PreparedStatement.Bind"/>.</summary>
public sealed record BoundStatement : CqlStatement
{
    private readonly IReadOnlyList<byte[]?> _values;

    internal BoundStatement(PreparedStatement prepared, IReadOnlyList<byte[]?> values)
    {
        Prepared = prepared;
        _values = values;
        RoutingKey = BuildRoutingKey(prepared.PartitionKeyIndexes, values);
    }

    /// <summary>The statement these values are bound to.</summary>
    public PreparedStatement Prepared { get; }

    /// <inheritdoc />
    public override IReadOnlyList<byte[]?> Values => _values;

    /// <summary>The serialized partition key (composite form for several columns); null when not fully bound.</summary>
    public byte[]? RoutingKey { get; }

    private static byte[]? BuildRoutingKey(IReadOnlyList<int> indexes, IReadOnlyList<byte[]?> values)
    {
        if (indexes.Count == 0 || indexes.Any(i => values[i] is null || ReferenceEquals(values[i], CqlCodec.UnsetMarker)))
        {
            return null;
        }

        if (indexes.Count == 1)
        {
            return values[indexes[0]];
        }

        // Composite partition key: each component as [short length][bytes][0x00], as Cassandra builds it.
        var key = new byte[indexes.Sum(i => values[i]!.Length + 3)];
        var offset = 0;
        foreach (var index in indexes)
        {
            var component = values[index]!;
            BinaryPrimitives.WriteUInt16BigEndian(key.AsSpan(offset), checked((ushort)component.Length));
            component.CopyTo(key, offset + 2);
            offset += component.Length + 3;
        }

        return key;
    }
}

using TechShop.Keyspaces.Errors;
using TechShop.Keyspaces.Protocol;
using TechShop.Keyspaces.Values;

namespace TechShop.Keyspaces.Session;

/// <summary>A prepared query: its bind markers (names, types, partition key positions) and result columns.</summary>
public sealed class PreparedStatement
{
    internal PreparedStatement(string query, PreparedResult result)
    {
        Query = query;
        Id = result.Id;
        Variables = result.Variables.Variables;
        PartitionKeyIndexes = result.Variables.PartitionKeyIndexes;
        ResultColumns = result.ResultMetadata.Columns;
    }

    /// <summary>The CQL text.</summary>
    public string Query { get; }

    /// <summary>The id the first node returned (each connection keeps its own).</summary>
    public IReadOnlyList<byte> Id { get; }

    /// <summary>Bind markers in order.</summary>
    public IReadOnlyList<ColumnSpec> Variables { get; }

    /// <summary>Positions of the partition key columns among the markers (empty if not all are bound).</summary>
    public IReadOnlyList<int> PartitionKeyIndexes { get; }

    /// <summary>Columns a SELECT returns (empty for writes).</summary>
    public IReadOnlyList<ColumnSpec> ResultColumns { get; }

    /// <summary>Binds values in marker order, encoding each with its marker's CQL type; null is CQL null, <see cref="Unset.Value"/> leaves a column unchanged.</summary>
    public BoundStatement Bind(params object?[] values)
    {
        if (values.Length != Variables.Count)
        {
            throw new CqlCodecException(
                $"'{Query}' has {Variables.Count} bind markers ({string.Join(", ", Variables.Select(v => v.Name))}), got {values.Length} values");
        }

        var encoded = new byte[]?[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            encoded[i] = CqlCodec.Encode(Variables[i].Type, values[i], Variables[i].Name);
        }

        return new BoundStatement(this, encoded);
    }
}

using TechShop.Keyspaces.Values;

namespace TechShop.Keyspaces.Session;

/// <summary>An unprepared query; value types are inferred from their .NET types (string → text, long → bigint, ...).</summary>
public sealed record SimpleStatement : CqlStatement
{
    public SimpleStatement(string query, params object?[] values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        Query = query;
        var encoded = new byte[]?[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var name = $"value {i}";
            encoded[i] = CqlCodec.Encode(CqlCodec.InferType(values[i], name), values[i], name);
        }

        Values = encoded;
    }

    /// <summary>The CQL text.</summary>
    public string Query { get; }

    /// <inheritdoc />
    public override IReadOnlyList<byte[]?> Values { get; }
}

namespace TechShop.Keyspaces.Protocol;

/// <summary>The query_parameters of QUERY and EXECUTE (spec 4.1.4); values are already-encoded [value] contents.</summary>
public sealed record QueryParameters(Consistency Consistency, IReadOnlyList<byte[]?> Values)
{
    /// <summary>Rows per page; null leaves paging to the server default.</summary>
    public int? PageSize { get; init; }

    /// <summary>Where the previous page ended.</summary>
    public byte[]? PagingState { get; init; }

    /// <summary>SERIAL or LOCAL_SERIAL for conditional writes.</summary>
    public Consistency? SerialConsistency { get; init; }

    /// <summary>Default write timestamp in microseconds since the epoch.</summary>
    public long? DefaultTimestamp { get; init; }

    /// <summary>Ask the server to omit result metadata (flag 0x02).</summary>
    public bool SkipMetadata { get; init; }
}

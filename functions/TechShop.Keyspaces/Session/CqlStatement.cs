using TechShop.Keyspaces.Protocol;

namespace TechShop.Keyspaces.Session;

/// <summary>A statement to run: per-statement consistency and paging override the session defaults.</summary>
public abstract record CqlStatement
{
    /// <summary>Consistency; null uses <see cref="KeyspacesOptions.Consistency"/>.</summary>
    public Consistency? Consistency { get; init; }

    /// <summary>Rows per page; null uses <see cref="KeyspacesOptions.PageSize"/>.</summary>
    public int? PageSize { get; init; }

    /// <summary>Continue after the page that returned this state.</summary>
    public byte[]? PagingState { get; init; }

    /// <summary>The encoded [value]s, in bind-marker order.</summary>
    public abstract IReadOnlyList<byte[]?> Values { get; }
}

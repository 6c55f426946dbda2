using TechShop.Core.Warehouse;

namespace TechShop.Snowflake.Api;

/// <summary>
/// A finished statement: its handle, typed columns and rows (every partition), DML counters, and for a
/// multi-statement request the handles of its statements.
/// </summary>
public sealed record StatementResult(
    string StatementHandle,
    string Code,
    string Message,
    IReadOnlyList<SnowflakeColumn> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    StatementStats? Stats,
    IReadOnlyList<string> StatementHandles)
{
    /// <summary>Rows changed by a DML statement, or -1 when Snowflake reported no counters.</summary>
    public long RowsAffected => Stats?.RowsAffected ?? -1;

    /// <summary>The rows as the warehouse port returns them.</summary>
    public QueryResult ToQueryResult() => new(Columns.Select(c => c.Name).ToArray(), Rows);
}

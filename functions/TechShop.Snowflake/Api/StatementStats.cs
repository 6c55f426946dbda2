namespace TechShop.Snowflake.Api;

/// <summary>The DML counters Snowflake returns in <c>stats</c>.</summary>
public sealed record StatementStats(long RowsInserted, long RowsUpdated, long RowsDeleted, long DuplicateRowsUpdated)
{
    /// <summary>All rows the statement changed.</summary>
    public long RowsAffected => RowsInserted + RowsUpdated + RowsDeleted + DuplicateRowsUpdated;
}

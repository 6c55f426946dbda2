namespace TechShop.Core.Warehouse;

/// <summary>A query's rows; cells are .NET values (string, long, decimal, double, bool, DateOnly, DateTime) or null.</summary>
public sealed record QueryResult(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>The index of a column, matched case-insensitively (Snowflake upper-cases unquoted names).</summary>
    public int ColumnIndex(string name)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"The result has no column '{name}'; it has: {string.Join(", ", Columns)}.");
    }
}

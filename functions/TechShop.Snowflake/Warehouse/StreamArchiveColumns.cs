using System.Collections.Concurrent;
using TechShop.Core.Warehouse;

namespace TechShop.Snowflake.Warehouse;

/// <summary>
/// The columns of the stream-archive bronze tables (<c>BRONZE.STREAM_&lt;TOPIC&gt;</c>), read from their own DDL, the
/// embedded setup models <c>bronze.stream_&lt;topic&gt;</c> of sql/warehouse/: the table is the single source of its
/// columns and types, as DuckDB reads them from its catalog. The lineage columns are left out (the COPY adds them).
/// </summary>
public static class StreamArchiveColumns
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<BronzeColumn>?> Cache = new(StringComparer.Ordinal);

    /// <summary>The record and payload columns of the table of <paramref name="entity"/> (<c>stream_orders</c>), or null when no model creates it.</summary>
    public static IReadOnlyList<BronzeColumn>? For(string entity, ModelCatalog? catalog = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entity);
        return catalog is null ? Cache.GetOrAdd(entity, e => Read(e, ModelCatalog.Embedded)) : Read(entity, catalog);
    }

    /// <summary>Parses the column list of <c>CREATE TABLE IF NOT EXISTS &lt;table&gt; (...)</c>: one <c>name TYPE [NOT NULL]</c> per line.</summary>
    public static IReadOnlyList<BronzeColumn> Parse(string table, string createTableSql)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(createTableSql);
        var head = "CREATE TABLE IF NOT EXISTS " + table + " (";
        var start = createTableSql.IndexOf(head, StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            throw new InvalidOperationException($"The model of {table} does not contain '{head}'.");
        }

        var columns = new List<BronzeColumn>();
        foreach (var raw in createTableSql[(start + head.Length)..].Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith(')'))
            {
                return columns;
            }

            if (line.Length == 0 || line.StartsWith("--", StringComparison.Ordinal))
            {
                continue;
            }

            line = line.TrimEnd(',').Trim();
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0)
            {
                throw new InvalidOperationException($"Column definition '{line}' of {table} is not '<name> <type> [NOT NULL]'.");
            }

            var name = line[..space];
            var type = line[(space + 1)..].Trim();
            if (type.EndsWith(" NOT NULL", StringComparison.OrdinalIgnoreCase))
            {
                type = type[..^" NOT NULL".Length].TrimEnd();
            }

            if (!BronzeColumns.Lineage.Any(l => string.Equals(l.Name, name, StringComparison.Ordinal)))
            {
                columns.Add(new BronzeColumn(name, type));
            }
        }

        throw new InvalidOperationException($"The column list of {table} has no closing ')'.");
    }

    private static IReadOnlyList<BronzeColumn>? Read(string entity, ModelCatalog catalog)
    {
        var model = catalog.Models.FirstOrDefault(m => string.Equals(m.Name, "bronze." + entity, StringComparison.Ordinal) && m.Kind == SqlModelKind.Setup);
        return model is null ? null : Parse(BronzeColumns.TableName(entity), model.Sql);
    }
}

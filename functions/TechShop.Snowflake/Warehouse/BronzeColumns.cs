using System.Collections.Frozen;
using TechShop.Core.Domain;
using TechShop.Core.Extracts;

namespace TechShop.Snowflake.Warehouse;

/// <summary>
/// The one place that knows each extract entity's columns: read from the row records' source-generated JSON
/// metadata (snake_case names, declaration order) and typed by the .NET type: long → BIGINT, int → INTEGER,
/// decimal → DECIMAL(38,12) (wide enough for every money and rate column; the table's own type then applies),
/// string and enums → VARCHAR, DateOnly → DATE, DateTime → TIMESTAMP, bool → BOOLEAN.
/// </summary>
public static class BronzeColumns
{
    /// <summary>The lineage columns every bronze table ends with, in this order.</summary>
    public static IReadOnlyList<BronzeColumn> Lineage { get; } =
    [
        new("_source_key", "VARCHAR"),
        new("_etag", "VARCHAR"),
        new("_row_number", "BIGINT"),
        new("_loaded_at", "TIMESTAMP"),
    ];

    private static readonly FrozenDictionary<string, IReadOnlyList<BronzeColumn>> ByEntity = new Dictionary<string, Type>
    {
        [ExtractEntity.Customers] = typeof(Customer),
        [ExtractEntity.Products] = typeof(Product),
        [ExtractEntity.Stores] = typeof(Store),
        [ExtractEntity.ExchangeRates] = typeof(ExchangeRate),
        [ExtractEntity.Orders] = typeof(OrderRow),
        [ExtractEntity.OrderLines] = typeof(OrderLineRow),
    }.ToFrozenDictionary(e => e.Key, e => (IReadOnlyList<BronzeColumn>)Derive(e.Value), StringComparer.Ordinal);

    /// <summary>The extract's columns of <paramref name="entity"/> (without the lineage columns).</summary>
    public static IReadOnlyList<BronzeColumn> For(string entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return ByEntity.TryGetValue(entity, out var columns)
            ? columns
            : throw new ArgumentException($"'{entity}' is not an extract entity; expected one of: {string.Join(", ", ExtractEntity.All)}.", nameof(entity));
    }

    /// <summary>The bronze table of an entity: <c>BRONZE.&lt;ENTITY&gt;</c>.</summary>
    public static string TableName(string entity) => "BRONZE." + entity.ToUpperInvariant();

    private static BronzeColumn[] Derive(Type rowType)
    {
        var info = ExtractJsonContext.Default.GetTypeInfo(rowType)
            ?? throw new InvalidOperationException($"{rowType.Name} is not registered in {nameof(ExtractJsonContext)}.");
        return info.Properties.Select(p => new BronzeColumn(p.Name, SqlType(rowType, p.Name, p.PropertyType))).ToArray();
    }

    private static string SqlType(Type rowType, string column, Type type)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        return plain switch
        {
            _ when plain == typeof(long) => "BIGINT",
            _ when plain == typeof(int) => "INTEGER",
            _ when plain == typeof(decimal) => "DECIMAL(38,12)",
            _ when plain == typeof(double) => "DOUBLE",
            _ when plain == typeof(bool) => "BOOLEAN",
            _ when plain == typeof(string) => "VARCHAR",
            _ when plain == typeof(DateOnly) => "DATE",
            _ when plain == typeof(DateTime) => "TIMESTAMP",
            _ when plain.IsEnum => "VARCHAR",
            _ => throw new InvalidOperationException($"Column {column} of {rowType.Name} has type {plain.Name}, which has no bronze column type."),
        };
    }
}

namespace TechShop.Snowflake.Warehouse;

/// <summary>A bronze table column: its snake_case name and the Snowflake type its JSON value is cast to.</summary>
public sealed record BronzeColumn(string Name, string SqlType);

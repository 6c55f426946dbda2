namespace TechShop.Snowflake.Api;

/// <summary>A result column as <c>rowType</c> describes it; <see cref="Type"/> is Snowflake's lower-case type name.</summary>
public sealed record SnowflakeColumn(string Name, string Type, int? Precision, int? Scale, bool Nullable);

using System.Globalization;

namespace TechShop.Snowflake.Api;

/// <summary>A value bound to a <c>?</c> placeholder: a SQL API binding type (<c>FIXED</c>, <c>REAL</c>, <c>TEXT</c>, <c>BOOLEAN</c>) and its string form.</summary>
public sealed record SnowflakeBinding(string Type, string? Value)
{
    public static SnowflakeBinding Fixed(long value) => new("FIXED", value.ToString(CultureInfo.InvariantCulture));

    public static SnowflakeBinding Fixed(decimal value) => new("FIXED", value.ToString(CultureInfo.InvariantCulture));

    public static SnowflakeBinding Real(double value) => new("REAL", value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>Text; also the safe way to bind dates and timestamps (Snowflake casts the text to the column type).</summary>
    public static SnowflakeBinding Text(string? value) => new("TEXT", value);

    public static SnowflakeBinding Boolean(bool value) => new("BOOLEAN", value ? "true" : "false");
}

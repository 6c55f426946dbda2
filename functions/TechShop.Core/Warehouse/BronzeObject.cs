namespace TechShop.Core.Warehouse;

/// <summary>A lake object to load into <c>BRONZE.&lt;Entity&gt;</c>.</summary>
public sealed record BronzeObject(string Bucket, string Key, string ETag, string Entity, BronzeFormat Format);

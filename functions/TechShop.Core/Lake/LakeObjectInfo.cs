namespace TechShop.Core.Lake;

/// <summary>What the lake knows of an object without reading it; <see cref="ETag"/> is unquoted.</summary>
public sealed record LakeObjectInfo(string Key, long Size, string ETag);

namespace TechShop.Local.Generator;

/// <summary>One entity's extract for one day: its lake key (<c>LakeKey.BatchExtract</c>), JSON Lines content and row count.</summary>
public sealed record ExtractFile(string Entity, DateOnly Day, string Key, ReadOnlyMemory<byte> Content, int RowCount);

namespace TechShop.Core.Lake;

/// <summary>An object read whole from the lake.</summary>
public sealed record LakeObject(LakeObjectInfo Info, ReadOnlyMemory<byte> Content);

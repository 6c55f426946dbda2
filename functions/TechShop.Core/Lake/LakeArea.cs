namespace TechShop.Core.Lake;

/// <summary>The top-level areas of the lake bucket.</summary>
public enum LakeArea
{
    RawBatch = 0,
    RawStream = 1,
    Quarantine = 2,
    DeadLetter = 3,
}

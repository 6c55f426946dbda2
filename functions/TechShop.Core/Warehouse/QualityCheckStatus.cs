namespace TechShop.Core.Warehouse;

/// <summary>A check's verdict: within threshold, outside it (blocks the publish), or outside it at warn severity.</summary>
public enum QualityCheckStatus
{
    Pass = 0,
    Fail = 1,
    Warn = 2,
}

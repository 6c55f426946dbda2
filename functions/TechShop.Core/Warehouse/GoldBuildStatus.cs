namespace TechShop.Core.Warehouse;

/// <summary>How a gold build ended.</summary>
public enum GoldBuildStatus
{
    /// <summary>Built, passed the quality gate, published to GOLD.</summary>
    Published = 0,

    /// <summary>Built into GOLD_STAGE but the gate failed: GOLD and its reporting views stay on the last good build.</summary>
    GateFailed = 1,

    /// <summary>Not built: bronze holds loads silver has not merged yet (run the silver build first).</summary>
    SilverBehind = 2,
}

namespace TechShop.Core.Warehouse;

/// <summary>When a model runs: at setup (idempotent DDL), in a build, at publish (after the gate), or as a quality check.</summary>
public enum SqlModelKind
{
    Setup = 0,
    Build = 1,
    Publish = 2,
    Check = 3,
}

namespace TechShop.Local.Tests.Warehouse;

/// <summary>A measurement at realistic size: runs only when <c>TECHSHOP_WAREHOUSE_SCALE=1</c>, so the suite stays quick.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ScaleFactAttribute : FactAttribute
{
    public ScaleFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("TECHSHOP_WAREHOUSE_SCALE") != "1")
        {
            Skip = "A measurement: set TECHSHOP_WAREHOUSE_SCALE=1 to run it.";
        }
    }
}

namespace TechShop.Local.Dashboard;

/// <summary>The body of every non-200 answer: what failed, in words.</summary>
internal sealed record DashboardError(string Error);

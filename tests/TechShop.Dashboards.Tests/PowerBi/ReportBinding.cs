namespace TechShop.Dashboards.Tests.PowerBi;

/// <summary>A field a report visual binds: Column or Measure, its table (Entity), its name (Property) and queryRef.</summary>
internal sealed record ReportBinding(string Kind, string Entity, string Property, string? QueryRef, string Location);

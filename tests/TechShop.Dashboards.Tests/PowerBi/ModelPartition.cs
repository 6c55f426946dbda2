namespace TechShop.Dashboards.Tests.PowerBi;

/// <summary>A table partition: its source kind (m), storage mode and Power Query M source.</summary>
internal sealed record ModelPartition(string Name, string SourceKind, string? Mode, string? Source, string Location);

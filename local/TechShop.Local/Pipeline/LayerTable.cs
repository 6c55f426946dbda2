namespace TechShop.Local.Pipeline;

/// <summary>Rows of one table or realtime store table at the end of the run.</summary>
public sealed record LayerTable(string Layer, string Table, long Rows);

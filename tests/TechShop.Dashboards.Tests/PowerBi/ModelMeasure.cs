namespace TechShop.Dashboards.Tests.PowerBi;

/// <summary>A DAX measure: its home table, expression, format string, display folder and description.</summary>
internal sealed record ModelMeasure(
    string Table,
    string Name,
    string Expression,
    string? FormatString,
    string? DisplayFolder,
    string? Description,
    string Location);

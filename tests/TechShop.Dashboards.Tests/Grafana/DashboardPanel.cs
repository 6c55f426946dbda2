namespace TechShop.Dashboards.Tests.Grafana;

/// <summary>A panel of a dashboard (rows flattened): its id, title, description, data source and queries.</summary>
internal sealed record DashboardPanel(
    int Id,
    string Title,
    string Type,
    string Description,
    string? DatasourceUid,
    IReadOnlyList<PanelTarget> Targets);

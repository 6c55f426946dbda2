namespace TechShop.Dashboards.Tests.Grafana;

/// <summary>
/// A panel of a dashboard (rows flattened): its id, title, description, data source, queries and the fields its
/// "Filter data by values" transformations filter on.
/// </summary>
internal sealed record DashboardPanel(
    int Id,
    string Title,
    string Type,
    string Description,
    string? DatasourceUid,
    IReadOnlyList<PanelTarget> Targets,
    IReadOnlyList<string> FilteredFields);

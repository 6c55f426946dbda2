namespace TechShop.Dashboards.Tests.Grafana;

/// <summary>One query of a panel: its data source and, per kind, the raw CQL or the CloudWatch metric it reads.</summary>
internal sealed record PanelTarget(
    string RefId,
    string? DatasourceUid,
    string? DatasourceType,
    string? Cql,
    string? Namespace,
    string? MetricName,
    IReadOnlyList<string> Dimensions);

namespace TechShop.Dashboards.Tests.PowerBi;

/// <summary>Where the Power BI project and the warehouse SQL it reads sit in the repository.</summary>
internal static class PowerBiPaths
{
    public static string Project => Path.Combine(RepositoryPaths.Root, "dashboards", "powerbi");

    public static string SemanticModel => Path.Combine(Project, "TechShop.SemanticModel");

    public static string ModelDefinition => Path.Combine(SemanticModel, "definition");

    public static string Report => Path.Combine(Project, "TechShop.Report");

    public static string Warehouse => Path.Combine(RepositoryPaths.Root, "sql", "warehouse");
}

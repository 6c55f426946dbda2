namespace TechShop.Dashboards.Tests;

/// <summary>Finds the repository's files from the test's output folder (the folder holding TechShop.Serverless.sln).</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string KeyspacesDdl => Path.Combine(Root, "sql", "keyspaces");

    public static string Dashboards => Path.Combine(Root, "dashboards", "grafana", "dashboards");

    public static string Provisioning => Path.Combine(Root, "dashboards", "grafana", "provisioning");

    public static string DashboardsDoc => Path.Combine(Root, "docs", "dashboards.md");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TechShop.Serverless.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException(
            $"No TechShop.Serverless.sln above {AppContext.BaseDirectory}; the tests read the repository's files.");
    }
}

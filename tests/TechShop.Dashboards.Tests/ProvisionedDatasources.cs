using TechShop.Dashboards.Tests.Yaml;

namespace TechShop.Dashboards.Tests;

/// <summary>The data sources of dashboards/grafana/provisioning/datasources/*.yaml, by uid.</summary>
internal static class ProvisionedDatasources
{
    public const string KeyspacesUid = "techshop-keyspaces";
    public const string CloudWatchUid = "techshop-cloudwatch";
    public const string CassandraPlugin = "hadesarchitect-cassandra-datasource";

    public static IReadOnlyDictionary<string, YamlNode> Load()
    {
        var byUid = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Provisioning, "datasources"), "*.yaml").Order(StringComparer.Ordinal))
        {
            foreach (var source in SimpleYaml.Parse(File.ReadAllText(file))["datasources"].Items)
            {
                var uid = source["uid"].Text;
                if (!byUid.TryAdd(uid, source))
                {
                    throw new InvalidDataException($"Data source uid '{uid}' is provisioned twice ({file}).");
                }
            }
        }

        return byUid;
    }
}

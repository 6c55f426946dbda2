using TechShop.Dashboards.Tests.Yaml;

namespace TechShop.Dashboards.Tests;

public sealed class ProvisioningTests
{
    private static readonly IReadOnlyDictionary<string, YamlNode> Sources = ProvisionedDatasources.Load();

    [Fact]
    public void Datasources_ShouldBeTheKeyspacesAndCloudWatchSourcesWithStableUids()
    {
        Assert.Equal(
            [ProvisionedDatasources.CloudWatchUid, ProvisionedDatasources.KeyspacesUid],
            Sources.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(ProvisionedDatasources.CassandraPlugin, Sources[ProvisionedDatasources.KeyspacesUid]["type"].Text);
        Assert.Equal("cloudwatch", Sources[ProvisionedDatasources.CloudWatchUid]["type"].Text);
    }

    [Fact]
    public void KeyspacesSource_ShouldConnectOverTlsOnPort9142ToTheRegionalEndpoint()
    {
        var keyspaces = Sources[ProvisionedDatasources.KeyspacesUid];

        Assert.Equal("cassandra.${AWS_REGION}.amazonaws.com:9142", keyspaces["url"].Text);
        Assert.Equal("techshop", keyspaces["jsonData"]["keyspace"].Text);
        Assert.Equal("true", keyspaces["jsonData"]["useCustomTLS"].Text);
        Assert.Equal("false", keyspaces["jsonData"]["allowInsecureTLS"].Text);
        Assert.EndsWith(".pem", keyspaces["jsonData"]["caPath"].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyspacesSource_ShouldReadAtAConsistencyKeyspacesAccepts()
    {
        var consistency = Sources[ProvisionedDatasources.KeyspacesUid]["jsonData"]["consistency"].Text;

        Assert.Contains(consistency, new[] { "LOCAL_ONE", "LOCAL_QUORUM" });
    }

    [Fact]
    public void KeyspacesSource_ShouldTakeItsCredentialsFromTheEnvironment()
    {
        var keyspaces = Sources[ProvisionedDatasources.KeyspacesUid];

        Assert.Equal("${KEYSPACES_USER}", keyspaces["jsonData"]["user"].Text);
        Assert.Equal("${KEYSPACES_PASSWORD}", keyspaces["secureJsonData"]["password"].Text);
        Assert.False(keyspaces["jsonData"].Has("password"));
    }

    [Fact]
    public void SecureJsonData_ShouldHoldOnlyEnvironmentReferences()
    {
        var secrets = Sources.Values
            .Where(s => s.Has("secureJsonData"))
            .SelectMany(s => s["secureJsonData"].Mapping!.Values.Select(v => v.Text))
            .ToArray();

        Assert.NotEmpty(secrets);
        Assert.All(secrets, value => Assert.Matches(@"^\$\{[A-Z][A-Z0-9_]*\}$", value));
    }

    [Fact]
    public void CloudWatchSource_ShouldListTheTechShopNamespace()
    {
        var cloudWatch = Sources[ProvisionedDatasources.CloudWatchUid];

        Assert.Equal("TechShop", cloudWatch["jsonData"]["customMetricsNamespaces"].Text);
        Assert.Equal("${AWS_REGION}", cloudWatch["jsonData"]["defaultRegion"].Text);
    }

    [Fact]
    public void DashboardsProvider_ShouldLoadFilesFromTheMountedDashboardsFolder()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Provisioning, "dashboards"), "*.yaml");
        var file = Assert.Single(files);
        var provider = Assert.Single(SimpleYaml.Parse(File.ReadAllText(file))["providers"].Items);

        Assert.Equal("file", provider["type"].Text);
        Assert.Equal("/var/lib/grafana/dashboards/techshop", provider["options"]["path"].Text);
        Assert.Equal("false", provider["allowUiUpdates"].Text);
    }
}

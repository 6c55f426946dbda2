using TechShop.Core.Realtime;
using TechShop.Dashboards.Tests.Cql;
using TechShop.Dashboards.Tests.Grafana;

namespace TechShop.Dashboards.Tests;

public sealed class DashboardTests
{
    private static readonly IReadOnlyList<DashboardFile> Dashboards = DashboardFile.LoadAll(RepositoryPaths.Dashboards);
    private static readonly CqlSchema Schema = CqlSchema.Load(RepositoryPaths.KeyspacesDdl);

    private static IEnumerable<(DashboardFile Dashboard, DashboardPanel Panel, PanelTarget Target)> Targets =>
        from d in Dashboards from p in d.Panels from t in p.Targets select (d, p, t);

    [Fact]
    public void Dashboards_ShouldBeTheTwoProvisionedDashboardsWithStableUids()
    {
        Assert.Equal(
            ["techshop-live-ops", "techshop-pipeline-health"],
            Dashboards.Select(d => d.Uid).Order(StringComparer.Ordinal));
        Assert.Equal(["live-operations.json", "pipeline-health.json"], Dashboards.Select(d => Path.GetFileName(d.Path)));
    }

    [Fact]
    public void Dashboards_ShouldUseTheSchemaVersionOfACurrentGrafana()
    {
        Assert.All(Dashboards, d => Assert.InRange(d.SchemaVersion, 39, 42));
    }

    [Fact]
    public void Panels_ShouldHaveUniqueIdsAndADescriptionPerDashboard()
    {
        Assert.All(Dashboards, d =>
        {
            Assert.Equal(d.Panels.Count, d.Panels.Select(p => p.Id).Distinct().Count());
            Assert.All(d.Panels, p => Assert.False(string.IsNullOrWhiteSpace(p.Description), $"{d.Uid}: '{p.Title}' has no description"));
        });
        Assert.Equal(7, Dashboards.Single(d => d.Uid == "techshop-live-ops").Panels.Count);
        Assert.Equal(5, Dashboards.Single(d => d.Uid == "techshop-pipeline-health").Panels.Count);
    }

    [Fact]
    public void EveryPanelAndQuery_ShouldReferenceAProvisionedDatasourceUid()
    {
        var provisioned = ProvisionedDatasources.Load();

        var unknown = Dashboards
            .SelectMany(d => d.Panels.Select(p => (d, p.Title, Uid: p.DatasourceUid))
                .Concat(d.Panels.SelectMany(p => p.Targets.Select(t => (d, $"{p.Title}/{t.RefId}", Uid: t.DatasourceUid)))))
            .Where(x => x.Uid is null || !provisioned.ContainsKey(x.Uid))
            .Select(x => $"{x.d.Uid}: {x.Item2} → {x.Uid ?? "no datasource"}")
            .ToArray();

        Assert.Empty(unknown);
    }

    [Fact]
    public void EveryKeyspacesQuery_ShouldBeRawCqlTheTablesAnswerWithoutAllowFiltering()
    {
        var keyspacesTargets = Targets.Where(x => x.Target.DatasourceUid == ProvisionedDatasources.KeyspacesUid).ToArray();

        var problems = keyspacesTargets
            .SelectMany(x => x.Target.Cql is null
                ? [$"{x.Dashboard.Uid}: '{x.Panel.Title}' {x.Target.RefId} is not a raw CQL query"]
                : CqlQueryChecker.Check(x.Target.Cql, Schema).Select(p => $"{x.Dashboard.Uid}: '{x.Panel.Title}' {x.Target.RefId}: {p}"))
            .ToArray();

        Assert.Empty(problems);
        Assert.Equal(9, keyspacesTargets.Length);
    }

    [Fact]
    public void EveryShardedQuery_ShouldReadEveryShardOfTheBucket()
    {
        var expected = Enumerable.Range(0, RealtimeShard.Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var sharded = Targets
            .Where(x => x.Target.Cql is not null)
            .Select(x => (x.Panel.Title, Select: CqlSelectParser.Parse(x.Target.Cql!)))
            .Where(x => Schema.TryGet(x.Select.Keyspace, x.Select.Table, out var t) && t.PartitionKey.Contains("shard"))
            .ToArray();

        Assert.All(sharded, x => Assert.Equal(expected, x.Select.Where.Single(r => r.Column == "shard").Values));
        Assert.Equal(7, sharded.Length);
    }

    [Fact]
    public void EveryTimeBucketedQuery_ShouldTakeItsBucketsFromThePanelTimeRange()
    {
        string[] bucketColumns = ["event_hour", "lag_hour", "order_date", "alert_date"];
        var buckets = Targets
            .Where(x => x.Target.Cql is not null)
            .SelectMany(x => CqlSelectParser.Parse(x.Target.Cql!).Where.Where(r => bucketColumns.Contains(r.Column)))
            .ToArray();

        Assert.Equal(9, buckets.Length);
        Assert.All(buckets, r => Assert.All(r.Values, v => Assert.Matches(@"^'\$\{__(from|to):date:YYYY-MM-DD( HH:00:00ZZ)?\}'$", v)));
    }

    [Fact]
    public void LiveOperationsPanels_ShouldFilterByStoreWhereTheirTableCarriesIt()
    {
        var live = Dashboards.Single(d => d.Uid == "techshop-live-ops");
        Assert.Equal(["store"], live.Variables);

        foreach (var panel in live.Panels)
        {
            var selects = panel.Targets.Select(t => CqlSelectParser.Parse(t.Cql!)).ToArray();
            var withStore = selects.Where(s => Schema.TryGet(s.Keyspace, s.Table, out var t) && t.Columns.ContainsKey("store_key")).ToArray();
            if (withStore.Length > 0)
            {
                Assert.True(panel.FilteredFields.Contains("store_key"), $"'{panel.Title}' reads a table with store_key but does not filter by $store");
                Assert.Contains(withStore, s => s.Columns.Contains("store_key"));
            }
            else
            {
                Assert.DoesNotContain("store_key", panel.FilteredFields);
                Assert.Contains("$store does not apply", panel.Description, StringComparison.Ordinal);
            }
        }

        Assert.Equal(5, live.Panels.Count(p => p.FilteredFields.Contains("store_key")));
    }

    [Fact]
    public void EveryCloudWatchQuery_ShouldReadAMetricOfTheContractWithItsDimensions()
    {
        var contract = MetricContract.Read(File.ReadAllText(RepositoryPaths.DashboardsDoc));
        var cloudWatch = Targets.Where(x => x.Target.DatasourceUid == ProvisionedDatasources.CloudWatchUid).Select(x => x.Target).ToArray();

        Assert.Equal(6, cloudWatch.Length);
        Assert.All(cloudWatch, t =>
        {
            Assert.Equal("TechShop", t.Namespace);
            Assert.True(contract.ContainsKey(t.MetricName!), $"metric {t.MetricName} is not in docs/dashboards.md");
            Assert.Equal(contract[t.MetricName!].Order(StringComparer.Ordinal), t.Dimensions.Order(StringComparer.Ordinal));
        });
    }

    [Fact]
    public void EveryPanel_ShouldBeDocumentedInDocsDashboards()
    {
        var doc = File.ReadAllText(RepositoryPaths.DashboardsDoc);

        var undocumented = Dashboards.SelectMany(d => d.Panels)
            .Where(p => !doc.Contains($"| {p.Title} |", StringComparison.Ordinal))
            .Select(p => p.Title)
            .ToArray();

        Assert.Empty(undocumented);
        Assert.All(Dashboards, d => Assert.Contains($"`{d.Uid}`", doc, StringComparison.Ordinal));
    }

    [Fact]
    public void MetricContract_ShouldListTheMetricsTheFunctionsEmit()
    {
        var contract = MetricContract.Read(File.ReadAllText(RepositoryPaths.DashboardsDoc));

        Assert.Equal(
            ["DeadLettered", "LagP99Ms", "QualityGateFailed", "QualityGateFailures", "QualityGatePassed", "RecordsIn", "RecordsWritten"],
            contract.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["Function", "Reason"], contract["DeadLettered"]);
    }

    [Fact]
    public void Checker_WhenADashboardPanelIsBrokenOnPurpose_ShouldReportThatPanel()
    {
        var live = File.ReadAllText(Path.Combine(RepositoryPaths.Dashboards, "live-operations.json"));
        var broken = DashboardFile.Parse("broken.json", live.Replace("AND shard IN (", "AND store_key IN (", StringComparison.Ordinal));

        var problems = broken.Panels.SelectMany(p => p.Targets).Where(t => t.Cql is not null)
            .SelectMany(t => CqlQueryChecker.Check(t.Cql!, Schema)).Distinct().ToArray();

        Assert.Contains("partition key column 'shard' of techshop.order_events is not restricted (needs = or IN)", problems);
        Assert.Contains("column 'store_key' of techshop.order_events is not a key column: restricting it needs ALLOW FILTERING or an index", problems);
        Assert.Contains("unknown column 'store_key' in the WHERE clause of techshop.order_items_by_date", problems);
    }
}

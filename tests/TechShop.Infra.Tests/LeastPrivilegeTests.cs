using System.Text.Json;

namespace TechShop.Infra.Tests;

[Collection(PlatformCollection.Name)]
public sealed class LeastPrivilegeTests
{
    private static readonly string[] ConsumerActions =
    [
        "ec2:DescribeSecurityGroups", "ec2:DescribeSubnets", "ec2:DescribeVpcs",
        "kafka-cluster:AlterGroup", "kafka-cluster:Connect", "kafka-cluster:DescribeClusterDynamicConfiguration",
        "kafka-cluster:DescribeGroup", "kafka-cluster:DescribeTopic", "kafka-cluster:ReadData",
        "kafka:DescribeClusterV2", "kafka:GetBootstrapBrokers",
        "s3:ListBucket", "s3:PutObject",
        "xray:PutTelemetryRecords", "xray:PutTraceSegments",
    ];

    private readonly DevPlatform _dev;
    private readonly ProdPlatform _prod;
    private readonly ServerlessPlatform _serverless;

    public LeastPrivilegeTests(DevPlatform dev, ProdPlatform prod, ServerlessPlatform serverless) =>
        (_dev, _prod, _serverless) = (dev, prod, serverless);

    public static TheoryData<string> Profiles => new() { "dev", "prod", "serverless" };

    private SynthesizedPlatform Profile(string name) => name switch { "dev" => _dev, "prod" => _prod, _ => _serverless };

    private static string[] Actions(JsonElement statement) => Cfn.RenderList(statement.GetProperty("Action"));

    private static string[] ResourcesOf(JsonElement statement) =>
        statement.TryGetProperty("Resource", out var r) ? Cfn.RenderList(r) : [];

    [Theory]
    [MemberData(nameof(Profiles))]
    public void NoPolicy_ShouldAllowEveryActionOrAWildcardActionOnEveryResource(string profile)
    {
        var platform = Profile(profile);
        var allows = Cfn.AllStatements(platform.Json).Where(s => s.Statement.GetProperty("Effect").GetString() == "Allow").ToArray();

        Assert.NotEmpty(allows);
        Assert.DoesNotContain(allows, s => Actions(s.Statement).Contains("*"));
        // The one exception is a KMS key's own policy, which must let the account administer the key (Resource "*" = this key).
        Assert.DoesNotContain(allows, s => ResourcesOf(s.Statement).Contains("*") && Actions(s.Statement).Any(a => a.Contains('*', StringComparison.Ordinal))
                                            && platform.Json.GetProperty("Resources").GetProperty(s.Holder).GetProperty("Type").GetString() != "AWS::KMS::Key");
    }

    [Fact]
    public void StreamEnrich_ShouldOnlyConsumeWriteRealtimeTablesAndDeadLetters()
    {
        var actions = Cfn.ActionsOfRole(_dev.Json, _dev.RoleOf("stream-enrich"));

        Assert.Equal(
            ConsumerActions.Concat(["cassandra:Modify", "cassandra:Select", "ec2:DescribeNetworkInterfaces", "ec2:DescribeVpcEndpoints"]).Order(StringComparer.Ordinal),
            actions);
    }

    [Fact]
    public void StreamArchive_ShouldOnlyConsumeAndWriteTheStreamArchiveAndDeadLetters()
    {
        var actions = Cfn.ActionsOfRole(_dev.Json, _dev.RoleOf("stream-archive"));

        Assert.Equal(ConsumerActions.Append("s3:GetObject").Order(StringComparer.Ordinal), actions);
    }

    [Fact]
    public void BronzeLoad_ShouldReadRawWriteQuarantineAndReadTheKey() =>
        Assert.Equal(
            ["s3:GetObject", "s3:GetObjectVersion", "s3:PutObject", "secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue",
             "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:ReceiveMessage", "xray:PutTelemetryRecords", "xray:PutTraceSegments"],
            Cfn.ActionsOfRole(_dev.Json, _dev.RoleOf("bronze-load")));

    [Fact]
    public void BronzeLoad_ShouldConsumeOnlyTheBronzeNotificationsQueue()
    {
        var sqs = Cfn.StatementsOfRole(_dev.Json, _dev.RoleOf("bronze-load"))
            .Where(s => Actions(s).Any(a => a.StartsWith("sqs:", StringComparison.Ordinal))).ToArray();

        var statement = Assert.Single(sqs);
        Assert.Equal(["sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:ReceiveMessage"], Actions(statement).Order(StringComparer.Ordinal));
        Assert.Equal(["${" + _dev.LogicalId("BronzeNotifications/Queue") + ".Arn}"], ResourcesOf(statement));
    }

    [Theory]
    [InlineData("silver-build")]
    [InlineData("gold-build")]
    public void Builds_ShouldOnlyReadTheKeyAndTrace(string handler) =>
        Assert.Equal(
            ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue", "xray:PutTelemetryRecords", "xray:PutTraceSegments"],
            Cfn.ActionsOfRole(_dev.Json, _dev.RoleOf(handler)));

    [Fact]
    public void LakeWrites_ShouldBeScopedToTheirPrefixes()
    {
        var lake = "${" + _dev.LogicalId("Lake/Bucket") + ".Arn}";
        Dictionary<string, string[]> BySid(string handler) => Cfn.StatementsOfRole(_dev.Json, _dev.RoleOf(handler))
            .Where(s => s.TryGetProperty("Sid", out _)).ToDictionary(s => s.GetProperty("Sid").GetString()!, ResourcesOf);

        Assert.Equal([lake + "/dead-letter/*"], BySid("stream-enrich")["WriteDeadLetters"]);
        Assert.Equal([lake + "/raw/stream/*"], BySid("stream-archive")["ArchiveStream"]);
        Assert.Equal([lake + "/raw/*"], BySid("bronze-load")["ReadRaw"]);
        Assert.Equal([lake + "/quarantine/*"], BySid("bronze-load")["Quarantine"]);
        Assert.Equal([lake + "/raw/staged/*"], BySid("bronze-load")["StageForWarehouse"]);
    }

    [Fact]
    public void KeyspacesAccess_ShouldBeScopedToTheParsedTablesAndSystemKeyspaces()
    {
        var statements = Cfn.StatementsOfRole(_dev.Json, _dev.RoleOf("stream-enrich"))
            .Where(s => s.TryGetProperty("Sid", out _)).ToDictionary(s => s.GetProperty("Sid").GetString()!, ResourcesOf);
        const string prefix = "arn:${AWS::Partition}:cassandra:${AWS::Region}:${AWS::AccountId}:/keyspace/";

        Assert.Equal([prefix + "techshop/table/orders_by_date", prefix + "techshop/table/processing_lag"], statements["WriteRealtimeTables"]);
        Assert.Equal([prefix + "system*"], statements["ReadSystemTables"]);
    }

    [Fact]
    public void KafkaAccess_ShouldBeScopedToTheClusterTopicsAndTheHandlersGroups()
    {
        var statements = Cfn.StatementsOfRole(_dev.Json, _dev.RoleOf("stream-archive"))
            .Where(s => s.TryGetProperty("Sid", out _)).ToDictionary(s => s.GetProperty("Sid").GetString()!, ResourcesOf);
        var cluster = "${" + _dev.LogicalId("Streaming/Cluster") + ".Arn}";
        string Scoped(string kind, string name) =>
            $"arn:${{AWS::Partition}}:kafka:${{AWS::Region}}:${{AWS::AccountId}}:{kind}/${{select 1 of split({cluster})}}/${{select 2 of split({cluster})}}/{name}";

        Assert.Equal([cluster], statements["ConnectToCluster"]);
        Assert.Equal(new[] { "orders", "customers", "fx-rates" }.Select(t => Scoped("topic", t)), statements["ReadTopics"]);
        Assert.Equal(new[] { "orders", "customers", "fx-rates" }.Select(t => Scoped("group", "techshop-dev-stream-archive-" + t)), statements["UseConsumerGroups"]);
    }

    [Fact]
    public void LakeKey_WhenProd_ShouldBeUsableByTheLakeWritersAndReadersOnly()
    {
        var key = "${" + _prod.LogicalId("Lake/Key") + ".Arn}";
        bool UsesKey(string role) => Cfn.StatementsOfRole(_prod.Json, role).Any(s => ResourcesOf(s).Contains(key));

        Assert.All(new[] { "stream-enrich", "stream-archive", "bronze-load" }, h => Assert.True(UsesKey(_prod.RoleOf(h)), h));
        Assert.All(new[] { "silver-build", "gold-build" }, h => Assert.False(UsesKey(_prod.RoleOf(h)), h));
        Assert.True(UsesKey(_prod.LogicalId("Warehouse/StorageIntegrationRole")));
    }
}

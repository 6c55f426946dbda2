using Amazon.CDK;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Logs;
using Constructs;
using TechShop.Core.Lake;
using TechShop.Infra.Configuration;
using TechShop.Infra.Keyspaces;
using LambdaFunction = Amazon.CDK.AWS.Lambda.Function;

namespace TechShop.Infra.Platform;

/// <summary>
/// The five functions of the one AOT bootstrap (provided.al2023, x86_64, in the VPC, traced), each with its own
/// environment per CONTRACTS.md and a role that grants only what that handler uses.
/// </summary>
public sealed class Functions : Construct
{
    private readonly Dictionary<string, LambdaFunction> _byHandler = [];

    public Functions(Construct scope, string id, FunctionsProps props) : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(props);
        var settings = props.Settings;
        var lake = props.Lake;
        foreach (var spec in FunctionSpec.All)
        {
            var environment = new Dictionary<string, string> { ["TECHSHOP_LAKE_BUCKET"] = lake.Bucket.BucketName };
            // bronze-load decodes the stream archive's Confluent-framed values before staging them for Snowflake's COPY.
            if (spec.Handler.StartsWith("stream-", StringComparison.Ordinal) || spec.Handler == "bronze-load")
            {
                environment["TECHSHOP_SCHEMA_REGISTRY_URL"] = props.SchemaRegistryUrl;
            }

            if (spec.Handler == "stream-enrich")
            {
                environment["TECHSHOP_KEYSPACES_ENDPOINT"] = $"cassandra.{Aws.REGION}.amazonaws.com";
                environment["TECHSHOP_KEYSPACE"] = props.Schema.Keyspace;
            }

            if (IsWarehouseHandler(spec.Handler))
            {
                foreach (var (name, value) in props.Warehouse.Target)
                {
                    environment[name] = value;
                }

                environment["TECHSHOP_SNOWFLAKE_KEY_SECRET_ARN"] = props.Warehouse.KeySecret.SecretArn;
            }

            if (spec.Handler == "bronze-load")
            {
                environment["TECHSHOP_SNOWFLAKE_STAGE"] = settings.Snowflake.Stage;
            }

            var logs = new LogGroup(this, spec.Handler + "-logs", new LogGroupProps
            {
                Retention = LogRetentionPeriod.Of(settings.LogRetentionDays),
                RemovalPolicy = settings.RetainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
            });
            _byHandler[spec.Handler] = new LambdaFunction(this, spec.Handler, new FunctionProps
            {
                Description = $"TechShop {spec.Handler} (AOT bootstrap, _HANDLER={spec.Handler})",
                Runtime = Runtime.PROVIDED_AL2023,
                Architecture = Architecture.X86_64,
                Handler = spec.Handler,
                Code = props.Code,
                MemorySize = settings.LargeFunctions ? spec.ProdMemoryMiB : spec.DevMemoryMiB,
                Timeout = Duration.Minutes(spec.TimeoutMinutes),
                Environment = environment,
                Tracing = Tracing.ACTIVE,
                LogGroup = logs,
                Vpc = props.Network.Vpc,
                VpcSubnets = props.Network.PrivateSubnets,
                SecurityGroups = [props.Network.FunctionsSecurityGroup],
            });
        }

        GrantLake(lake);
        GrantKeyspaces(props.Schema);
        props.Warehouse.RestrictReadsTo(FunctionSpec.All.Where(s => IsWarehouseHandler(s.Handler)).Select(s => Role(s.Handler)).ToArray());
    }

    /// <summary>The function of a handler (stream-enrich, stream-archive, bronze-load, silver-build, gold-build).</summary>
    public LambdaFunction this[string handler] => _byHandler[handler];

    /// <summary>The execution role of a handler.</summary>
    public IRole Role(string handler) => this[handler].Role!;

    private static bool IsWarehouseHandler(string handler) => handler is "bronze-load" or "silver-build" or "gold-build";

    private void GrantLake(Lake lake)
    {
        var bucket = lake.Bucket;
        Allow("stream-enrich", "WriteDeadLetters", ["s3:PutObject"], bucket.ArnForObjects(LakeKey.DeadLetterPrefix + "*"));
        Allow("stream-archive", "WriteDeadLetters", ["s3:PutObject"], bucket.ArnForObjects(LakeKey.DeadLetterPrefix + "*"));
        // Archive keys are deterministic; reading them back lets a redelivered batch see it was already archived.
        Allow("stream-archive", "ArchiveStream", ["s3:GetObject", "s3:PutObject"], bucket.ArnForObjects(LakeKey.RawStreamPrefix + "*"));
        Allow("bronze-load", "ReadRaw", ["s3:GetObject", "s3:GetObjectVersion"], bucket.ArnForObjects(Lake.RawPrefix + "*"));
        Allow("bronze-load", "Quarantine", ["s3:PutObject"], bucket.ArnForObjects(LakeKey.QuarantinePrefix + "*"));
        // Decoded stream archive files, staged as JSON Lines where the Snowflake stage over raw/ reaches them.
        Allow("bronze-load", "StageForWarehouse", ["s3:PutObject"], bucket.ArnForObjects(LakeKey.RawStagedPrefix + "*"));
        if (lake.Key is { } key)
        {
            foreach (var handler in new[] { "stream-enrich", "stream-archive", "bronze-load" })
            {
                key.GrantEncryptDecrypt(Role(handler));
            }
        }
    }

    private void GrantKeyspaces(CqlSchema schema)
    {
        var tables = schema.Tables.Select(t => Arn.Format(new ArnComponents
        {
            Service = "cassandra",
            Resource = "/keyspace",
            ResourceName = $"{schema.Keyspace}/table/{t.Name}",
            ArnFormat = ArnFormat.SLASH_RESOURCE_NAME,
        }, Stack.Of(this))).ToArray();
        Allow("stream-enrich", "WriteRealtimeTables", ["cassandra:Select", "cassandra:Modify"], tables);
        // Drivers read system.local, system.peers and system_schema.* on connect.
        Allow("stream-enrich", "ReadSystemTables", ["cassandra:Select"], Arn.Format(new ArnComponents
        {
            Service = "cassandra",
            Resource = "/keyspace",
            ResourceName = "system*",
            ArnFormat = ArnFormat.SLASH_RESOURCE_NAME,
        }, Stack.Of(this)));
        // Through the interface endpoint, Keyspaces fills system.peers from the endpoint's interfaces, which it reads as the caller.
        Allow("stream-enrich", "DescribeKeyspacesEndpoint", ["ec2:DescribeVpcEndpoints", "ec2:DescribeNetworkInterfaces"], "*");
    }

    /// <summary>Adds one statement to a handler's role.</summary>
    public void Allow(string handler, string sid, string[] actions, params string[] resources) =>
        this[handler].AddToRolePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Sid = sid.Replace("-", string.Empty, StringComparison.Ordinal),
            Actions = actions,
            Resources = resources,
        }));
}

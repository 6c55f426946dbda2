using Amazon.CDK;
using Constructs;
using TechShop.Infra.Bundling;
using TechShop.Infra.Configuration;
using TechShop.Infra.Keyspaces;
using TechShop.Infra.Platform;

namespace TechShop.Infra;

/// <summary>The whole platform in one stack: network, streaming, realtime, lake, warehouse integration, functions, schedules, observability.</summary>
public sealed class TechShopStack : Stack
{
    public TechShopStack(Construct scope, PlatformSettings settings, CqlSchema schema, string repositoryRoot, Amazon.CDK.Environment? environment = null)
        : base(scope, settings?.StackName, new StackProps
        {
            Env = environment,
            Description = $"TechShop serverless data platform ({settings?.Environment})",
        })
    {
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings;
        Network = new Network(this, "Network", settings);
        Streaming = new Streaming(this, "Streaming", settings, Network);
        SchemaRegistry = new SchemaRegistry(this, "SchemaRegistry", settings, Network, Streaming);
        Realtime = new Realtime(this, "Realtime", settings, schema);
        Lake = new Lake(this, "Lake", settings);
        Warehouse = new WarehouseIntegration(this, "Warehouse", settings, Lake);
        Functions = new Functions(this, "Functions", new FunctionsProps(
            settings, BootstrapCode.FromRepository(repositoryRoot), Network, Lake, schema, SchemaRegistry.Url, Warehouse));
        EventSources = new StreamEventSources(this, "StreamEventSources", settings, Functions, Streaming, Lake);
        BronzeNotifications = new BronzeNotifications(this, "BronzeNotifications", settings, Lake, Functions);
        _ = new Schedules(this, "Schedules", settings, Functions);
        Observability = new Observability(this, "Observability", settings, new ObservedPlatform(Functions, Lake, Streaming, EventSources, BronzeNotifications));

        Amazon.CDK.Tags.Of(this).Add("project", "techshop");
        Amazon.CDK.Tags.Of(this).Add("environment", settings.Environment);
        Output("LakeBucketNameOutput", Lake.Bucket.BucketName, "The lake bucket (TECHSHOP_LAKE_BUCKET)");
        Output("KafkaClusterArnOutput", Streaming.ClusterArn, "The MSK cluster; topics orders, customers, fx-rates");
        Output("SchemaRegistryUrlOutput", SchemaRegistry.Url, "The schema registry the stream functions use");
        Output("SnowflakeKeySecretArnOutput", Warehouse.KeySecret.SecretArn, "Put the Snowflake PKCS#8 private key PEM here");
        Output("SnowflakeStorageIntegrationRoleArnOutput", Warehouse.StorageIntegrationRole.RoleArn, "STORAGE_AWS_ROLE_ARN of the storage integration");
        Output("SnowflakeExternalIdOutput", settings.Snowflake.ExternalId, "STORAGE_AWS_EXTERNAL_ID of the storage integration");
        Output("AlarmTopicArnOutput", Observability.AlarmTopic.TopicArn, "Subscribe here for alarms");
    }

    /// <summary>The settings the stack was built with.</summary>
    public PlatformSettings Settings { get; }

    public Network Network { get; }

    public Streaming Streaming { get; }

    public SchemaRegistry SchemaRegistry { get; }

    public Realtime Realtime { get; }

    public Lake Lake { get; }

    public WarehouseIntegration Warehouse { get; }

    public Functions Functions { get; }

    public StreamEventSources EventSources { get; }

    public BronzeNotifications BronzeNotifications { get; }

    public Observability Observability { get; }

    private void Output(string id, string value, string description) =>
        _ = new CfnOutput(this, id, new CfnOutputProps { Value = value, Description = description });
}

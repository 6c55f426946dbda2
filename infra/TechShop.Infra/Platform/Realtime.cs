using Amazon.CDK;
using Amazon.CDK.AWS.Cassandra;
using Constructs;
using TechShop.Infra.Configuration;
using TechShop.Infra.Keyspaces;

namespace TechShop.Infra.Platform;

/// <summary>The Amazon Keyspaces keyspace and tables, one CfnTable per CREATE TABLE of the parsed DDL.</summary>
public sealed class Realtime : Construct
{
    public Realtime(Construct scope, string id, PlatformSettings settings, CqlSchema schema) : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        var removal = settings.RetainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
        var keyspace = new CfnKeyspace(this, "Keyspace", new CfnKeyspaceProps
        {
            KeyspaceName = schema.Keyspace,
            ReplicationSpecification = new CfnKeyspace.ReplicationSpecificationProperty { ReplicationStrategy = "SINGLE_REGION" },
        });
        keyspace.ApplyRemovalPolicy(removal);

        foreach (var table in schema.Tables)
        {
            var resource = new CfnTable(this, "Table-" + table.Name, new CfnTableProps
            {
                KeyspaceName = schema.Keyspace,
                TableName = table.Name,
                PartitionKeyColumns = table.PartitionKey
                    .Select(k => (object)new CfnTable.ColumnProperty { ColumnName = k, ColumnType = table.TypeOf(k) }).ToArray(),
                ClusteringKeyColumns = table.ClusteringKey
                    .Select(k => (object)new CfnTable.ClusteringKeyColumnProperty
                    {
                        Column = new CfnTable.ColumnProperty { ColumnName = k.Name, ColumnType = table.TypeOf(k.Name) },
                        OrderBy = k.Descending ? "DESC" : "ASC",
                    }).ToArray(),
                RegularColumns = table.RegularColumns
                    .Select(c => (object)new CfnTable.ColumnProperty { ColumnName = c.Name, ColumnType = c.Type }).ToArray(),
                // Setting a default TTL is what turns the TTL feature on for a Keyspaces table.
                DefaultTimeToLive = table.DefaultTimeToLive,
                BillingMode = new CfnTable.BillingModeProperty { Mode = "ON_DEMAND" },
                PointInTimeRecoveryEnabled = settings.PointInTimeRecovery,
            });
            resource.AddDependency(keyspace);
            resource.ApplyRemovalPolicy(removal);
        }
    }

    /// <summary>The DDL the tables were built from.</summary>
    public CqlSchema Schema { get; }
}

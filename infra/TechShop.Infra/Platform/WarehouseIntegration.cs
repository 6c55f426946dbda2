using Amazon.CDK;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.SecretsManager;
using Constructs;
using TechShop.Infra.Configuration;

namespace TechShop.Infra.Platform;

/// <summary>
/// What Snowflake needs from AWS and what the warehouse functions need from Snowflake: the key-pair secret, the role the
/// storage integration assumes to read raw/, and the Snowflake target as stack parameters.
/// </summary>
public sealed class WarehouseIntegration : Construct
{
    private static readonly string[] RawPrefixes = [Lake.RawPrefix + "*"];

    public WarehouseIntegration(Construct scope, string id, PlatformSettings settings, Lake lake) : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(lake);
        var snowflake = settings.Snowflake;
        Target = new Dictionary<string, string>
        {
            ["TECHSHOP_SNOWFLAKE_ACCOUNT"] = Parameter("SnowflakeAccount", "Snowflake account identifier (orgname-accountname)", snowflake.Account),
            ["TECHSHOP_SNOWFLAKE_USER"] = Parameter("SnowflakeUser", "Snowflake user that owns the key pair", snowflake.User),
            ["TECHSHOP_SNOWFLAKE_ROLE"] = Parameter("SnowflakeRole", "Snowflake role the functions use", snowflake.Role),
            ["TECHSHOP_SNOWFLAKE_WAREHOUSE"] = Parameter("SnowflakeWarehouse", "Snowflake virtual warehouse", snowflake.Warehouse),
            ["TECHSHOP_SNOWFLAKE_DATABASE"] = Parameter("SnowflakeDatabase", "Snowflake database holding BRONZE, SILVER and GOLD", snowflake.Database),
        };

        // The value is the PKCS#8 PEM, set by the operator after deploy (docs/deploy.md); the generated placeholder is random.
        KeySecret = new Secret(this, "SnowflakeKey", new SecretProps
        {
            Description = "TechShop Snowflake key pair: the PKCS#8 private key PEM of the Snowflake user (set after deploy)",
            RemovalPolicy = settings.RetainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
        });

        var principal = snowflake.IamUserArn is null
            ? (IPrincipal)new AccountRootPrincipal()
            : new ArnPrincipal(snowflake.IamUserArn);
        StorageIntegrationRole = new Role(this, "StorageIntegrationRole", new RoleProps
        {
            Description = "Assumed by the Snowflake storage integration to read the lake's raw/ prefix",
            AssumedBy = principal,
            ExternalIds = [snowflake.ExternalId],
            InlinePolicies = new Dictionary<string, PolicyDocument>
            {
                ["ReadRaw"] = new PolicyDocument(new PolicyDocumentProps
                {
                    Statements =
                    [
                        new PolicyStatement(new PolicyStatementProps
                        {
                            Sid = "ReadRawObjects",
                            Actions = ["s3:GetObject", "s3:GetObjectVersion"],
                            Resources = [lake.Bucket.ArnForObjects(Lake.RawPrefix + "*")],
                        }),
                        new PolicyStatement(new PolicyStatementProps
                        {
                            Sid = "ListRaw",
                            Actions = ["s3:ListBucket"],
                            Resources = [lake.Bucket.BucketArn],
                            Conditions = new Dictionary<string, object>
                            {
                                ["StringLike"] = new Dictionary<string, object> { ["s3:prefix"] = RawPrefixes },
                            },
                        }),
                    ],
                }),
            },
        });
        lake.Key?.GrantDecrypt(StorageIntegrationRole);
    }

    /// <summary>The Secrets Manager secret holding the Snowflake private key.</summary>
    public Secret KeySecret { get; }

    /// <summary>The role whose ARN goes into CREATE STORAGE INTEGRATION ... STORAGE_AWS_ROLE_ARN.</summary>
    public Role StorageIntegrationRole { get; }

    /// <summary>The Snowflake target environment variables (values are stack parameter references).</summary>
    public IReadOnlyDictionary<string, string> Target { get; }

    /// <summary>Only the given roles may read the secret value; everyone else is denied by the secret's own policy.</summary>
    public void RestrictReadsTo(IReadOnlyList<IRole> readers)
    {
        ArgumentNullException.ThrowIfNull(readers);
        foreach (var reader in readers)
        {
            KeySecret.GrantRead(reader);
        }

        KeySecret.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Sid = "OnlyWarehouseFunctionsReadTheKey",
            Effect = Effect.DENY,
            Principals = [new AnyPrincipal()],
            Actions = ["secretsmanager:GetSecretValue"],
            Resources = ["*"],
            Conditions = new Dictionary<string, object>
            {
                ["ArnNotEquals"] = new Dictionary<string, object> { ["aws:PrincipalArn"] = readers.Select(r => r.RoleArn).ToArray() },
            },
        }));
    }

    private string Parameter(string name, string description, string? fallback) =>
        new CfnParameter(Stack.Of(this), name, new CfnParameterProps
        {
            Type = "String",
            Description = description,
            Default = fallback,
            MinLength = 1,
        }).ValueAsString;
}

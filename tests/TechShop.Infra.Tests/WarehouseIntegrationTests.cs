namespace TechShop.Infra.Tests;

[Collection(PlatformCollection.Name)]
public sealed class WarehouseIntegrationTests
{
    private readonly DevPlatform _dev;
    private readonly ProdPlatform _prod;

    public WarehouseIntegrationTests(DevPlatform dev, ProdPlatform prod) => (_dev, _prod) = (dev, prod);

    [Fact]
    public void KeySecret_ShouldDenyReadsToEveryoneButTheThreeWarehouseRoles()
    {
        var policy = Assert.Single(_dev.Resources("AWS::SecretsManager::ResourcePolicy")).Value.GetProperty("Properties");
        var statement = Assert.Single(policy.GetProperty("ResourcePolicy").GetProperty("Statement").EnumerateArray());

        Assert.Equal("${" + _dev.LogicalId("Warehouse/SnowflakeKey") + "}", Cfn.Render(policy.GetProperty("SecretId")));
        Assert.Equal("Deny", statement.GetProperty("Effect").GetString());
        Assert.Equal("secretsmanager:GetSecretValue", statement.GetProperty("Action").GetString());
        Assert.Equal(
            new[] { "bronze-load", "silver-build", "gold-build" }.Select(h => "${" + _dev.RoleOf(h) + ".Arn}"),
            Cfn.RenderList(statement.GetProperty("Condition").GetProperty("ArnNotEquals").GetProperty("aws:PrincipalArn")));
    }

    [Theory]
    [InlineData("stream-enrich")]
    [InlineData("stream-archive")]
    public void StreamRoles_ShouldHaveNoSecretsManagerAccess(string handler) =>
        Assert.DoesNotContain(Cfn.ActionsOfRole(_dev.Json, _dev.RoleOf(handler)), a => a.StartsWith("secretsmanager:", StringComparison.Ordinal));

    [Fact]
    public void StorageIntegrationRole_ShouldGrantExactlyReadsOfRaw()
    {
        var role = _dev.LogicalId("Warehouse/StorageIntegrationRole");
        var lake = "${" + _dev.LogicalId("Lake/Bucket") + ".Arn}";
        var statements = Cfn.StatementsOfRole(_dev.Json, role).ToArray();

        Assert.Equal(["s3:GetObject", "s3:GetObjectVersion", "s3:ListBucket"], Cfn.ActionsOfRole(_dev.Json, role));
        var objects = statements.Single(s => s.GetProperty("Sid").GetString() == "ReadRawObjects");
        Assert.Equal([lake + "/raw/*"], Cfn.RenderList(objects.GetProperty("Resource")));
        var list = statements.Single(s => s.GetProperty("Sid").GetString() == "ListRaw");
        Assert.Equal([lake], Cfn.RenderList(list.GetProperty("Resource")));
        Assert.Equal(["raw/*"], Cfn.RenderList(list.GetProperty("Condition").GetProperty("StringLike").GetProperty("s3:prefix")));
    }

    [Fact]
    public void StorageIntegrationRole_WhenTheSnowflakeUserIsKnown_ShouldTrustItWithTheExternalId()
    {
        var trust = Assert.Single(_prod.Properties(_prod.LogicalId("Warehouse/StorageIntegrationRole"))
            .GetProperty("AssumeRolePolicyDocument").GetProperty("Statement").EnumerateArray());

        Assert.Equal(ProdPlatform.SnowflakeUserArn, trust.GetProperty("Principal").GetProperty("AWS").GetString());
        Assert.Equal("techshop-prod-lake", trust.GetProperty("Condition").GetProperty("StringEquals").GetProperty("sts:ExternalId").GetString());
    }

    [Fact]
    public void StorageIntegrationRole_BeforeTheSnowflakeUserIsKnown_ShouldTrustOnlyThisAccountWithTheContextExternalId()
    {
        var trust = Assert.Single(_dev.Properties(_dev.LogicalId("Warehouse/StorageIntegrationRole"))
            .GetProperty("AssumeRolePolicyDocument").GetProperty("Statement").EnumerateArray());

        Assert.Equal("arn:${AWS::Partition}:iam::${AWS::AccountId}:root", Cfn.Render(trust.GetProperty("Principal").GetProperty("AWS")));
        Assert.Equal("techshop-dev-ext-0001", trust.GetProperty("Condition").GetProperty("StringEquals").GetProperty("sts:ExternalId").GetString());
    }
}

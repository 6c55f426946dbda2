using System.Security.Cryptography;
using TechShop.Snowflake.Api;
using TechShop.Snowflake.Secrets;
using TechShop.Snowflake.Warehouse;
using static TechShop.Snowflake.Tests.SqlApiResponses;

namespace TechShop.Snowflake.Tests;

public sealed class SnowflakeWarehouseFactoryTests
{
    private const string SecretArn = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:techshop/snowflake-key-AbCdEf";

    [Fact]
    public async Task CreateAsync_ShouldSignRequestsWithAJwtOfTheKeyInTheSecret()
    {
        await using var server = await FakeHttpServer.StartAsync(_ => new Reply(200, SingleNumber("h-1", 1)));
        using var http = new HttpClient();
        var variables = Variables();
        var warehouse = await SnowflakeWarehouseFactory.CreateAsync(
            http, name => variables.GetValueOrDefault(name), new StaticSecrets(TestKeys.PrivateKeyPem), o => o with { BaseAddress = server.BaseAddress });

        var result = await warehouse.QueryAsync("SELECT 1");

        Assert.Equal(1L, result.Rows[0][0]);
        var jwt = Assert.Single(server.Requests).Header("Authorization")!["Bearer ".Length..].Split('.');
        var claims = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(Pad(jwt[1].Replace('-', '+').Replace('_', '/'))));
        Assert.Contains($"\"iss\":\"MYORG-MYACCOUNT.TECHSHOP_LOADER.{TestKeys.Fingerprint}\"", claims, StringComparison.Ordinal);
        using var publicKey = RSA.Create();
        publicKey.ImportFromPem(TestKeys.PublicKeyPem);
        Assert.True(publicKey.VerifyData(
            System.Text.Encoding.ASCII.GetBytes(jwt[0] + "." + jwt[1]),
            Convert.FromBase64String(Pad(jwt[2].Replace('-', '+').Replace('_', '/'))),
            HashAlgorithmName.SHA256,
            RSASignaturePadding.Pkcs1));
    }

    [Fact]
    public async Task CreateAsync_WhenKeySecretArnIsMissing_ShouldNameTheVariable()
    {
        using var http = new HttpClient();
        var variables = Variables();
        variables.Remove(SnowflakeWarehouseFactory.KeySecretVariable);

        var error = await Assert.ThrowsAsync<SnowflakeConfigurationException>(() =>
            SnowflakeWarehouseFactory.CreateAsync(http, name => variables.GetValueOrDefault(name), new StaticSecrets(TestKeys.PrivateKeyPem)));

        Assert.Contains("TECHSHOP_SNOWFLAKE_KEY_SECRET_ARN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_WhenLakeBucketIsMissing_ShouldNameTheVariable()
    {
        using var http = new HttpClient();
        var variables = Variables();
        variables.Remove("TECHSHOP_LAKE_BUCKET");

        var error = await Assert.ThrowsAsync<SnowflakeConfigurationException>(() =>
            SnowflakeWarehouseFactory.CreateAsync(http, name => variables.GetValueOrDefault(name), new StaticSecrets(TestKeys.PrivateKeyPem)));

        Assert.Contains("TECHSHOP_LAKE_BUCKET", error.Message, StringComparison.Ordinal);
    }

    private static string Pad(string base64) => base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');

    private static Dictionary<string, string> Variables() => new()
    {
        ["TECHSHOP_SNOWFLAKE_ACCOUNT"] = "myorg-myaccount",
        ["TECHSHOP_SNOWFLAKE_USER"] = "TECHSHOP_LOADER",
        ["TECHSHOP_LAKE_BUCKET"] = "techshop-lake",
        [SnowflakeWarehouseFactory.KeySecretVariable] = SecretArn,
    };

    private sealed class StaticSecrets(string value) : ISecretProvider
    {
        public Task<string> GetSecretStringAsync(string secretId, CancellationToken cancellationToken = default) =>
            secretId == SecretArn ? Task.FromResult(value) : throw new SecretNotAvailableException($"No secret {secretId}.");
    }
}

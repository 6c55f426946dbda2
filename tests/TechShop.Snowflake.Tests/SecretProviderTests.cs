using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Amazon.Runtime.Internal.Auth;
using TechShop.Snowflake.Auth;
using TechShop.Snowflake.Secrets;

namespace TechShop.Snowflake.Tests;

public sealed class SecretProviderTests
{
    private const string SecretArn = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:techshop/snowflake-key-AbCdEf";

    [Fact]
    public async Task LambdaExtension_ShouldGetTheSecretWithTheSessionTokenHeader()
    {
        await using var server = await FakeHttpServer.StartAsync(_ => new Reply(200, SecretValue(TestKeys.PrivateKeyPem)));
        using var http = new HttpClient();
        var provider = new LambdaExtensionSecretProvider(http, "session-token-1", server.BaseAddress);

        using var key = await SnowflakePrivateKey.LoadAsync(provider, SecretArn);

        var request = Assert.Single(server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/secretsmanager/get", request.Path);
        Assert.Equal(SecretArn, request.QueryValue("secretId"));
        Assert.Equal("session-token-1", request.Header("X-Aws-Parameters-Secrets-Token"));
        Assert.Equal(TestKeys.Fingerprint, PublicKeyFingerprint.Of(key));
    }

    [Fact]
    public async Task LambdaExtension_WhenSecretIsNotFound_ShouldNameTheSecret()
    {
        await using var server = await FakeHttpServer.StartAsync(_ => new Reply(400, "ResourceNotFoundException: Secrets Manager can't find the specified secret."));
        using var http = new HttpClient();
        var provider = new LambdaExtensionSecretProvider(http, "session-token-1", server.BaseAddress);

        var error = await Assert.ThrowsAsync<SecretNotAvailableException>(() => provider.GetSecretStringAsync(SecretArn));

        Assert.Contains(SecretArn, error.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 400", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task SecretsManager_ShouldSendASignedGetSecretValueRequest()
    {
        await using var server = await FakeHttpServer.StartAsync(_ => new Reply(200, SecretValue(TestKeys.PrivateKeyPem)));
        using var http = new HttpClient();
        var at = new DateTimeOffset(2026, 3, 1, 8, 15, 30, TimeSpan.Zero);
        var credentials = new AwsCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "session-token-1");
        var provider = new SecretsManagerSecretProvider(http, "eu-west-1", _ => ValueTask.FromResult(credentials), server.BaseAddress, new ManualTimeProvider(at));

        var secret = await provider.GetSecretStringAsync(SecretArn);

        Assert.Equal(TestKeys.PrivateKeyPem, secret);
        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($$"""{"SecretId":"{{SecretArn}}"}""", request.BodyText);
        Assert.Equal("secretsmanager.GetSecretValue", request.Header("X-Amz-Target"));
        Assert.Equal("application/x-amz-json-1.1", request.Header("Content-Type"));
        Assert.Equal("session-token-1", request.Header("X-Amz-Security-Token"));
        var host = server.BaseAddress.Authority;
        var signedHeaders = "content-type;host;x-amz-date;x-amz-security-token;x-amz-target";
        var canonical = string.Join('\n',
            "POST", "/", "",
            "content-type:application/x-amz-json-1.1",
            "host:" + host,
            "x-amz-date:20260301T081530Z",
            "x-amz-security-token:session-token-1",
            "x-amz-target:secretsmanager.GetSecretValue",
            "",
            signedHeaders,
            Convert.ToHexStringLower(SHA256.HashData(request.Body)));
        var expected = AWS4Signer.ComputeSignature(credentials.AccessKeyId, credentials.SecretAccessKey, "eu-west-1", at.UtcDateTime, "secretsmanager", signedHeaders, canonical);
        Assert.Equal(
            $"AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260301/eu-west-1/secretsmanager/aws4_request, SignedHeaders={signedHeaders}, Signature={expected.Signature}",
            request.Header("Authorization"));
    }

    [Fact]
    public async Task SecretsManager_WhenThrottled_ShouldThrowATransientErrorWithTheAwsErrorType()
    {
        await using var server = await FakeHttpServer.StartAsync(_ => new Reply(400, """{"__type":"ThrottlingException","message":"Rate exceeded"}"""));
        using var http = new HttpClient();
        var provider = new SecretsManagerSecretProvider(http, "eu-west-1", _ => ValueTask.FromResult(new AwsCredentials("AKID", "secret", null)), server.BaseAddress);

        var error = await Assert.ThrowsAsync<SecretNotAvailableException>(() => provider.GetSecretStringAsync(SecretArn));

        Assert.True(error.IsTransient);
        Assert.Contains("ThrottlingException: Rate exceeded", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtensionFirst_WhenNothingListensOnTheExtensionPort_ShouldReadFromSecretsManagerInstead()
    {
        var closedPort = ClosedLoopbackPort();
        using var http = new HttpClient();
        var extension = new LambdaExtensionSecretProvider(http, "session-token-1", new Uri($"http://127.0.0.1:{closedPort}/"));
        var direct = new DictionarySecretProvider(new Dictionary<string, string> { [SecretArn] = "from-secrets-manager" });
        var provider = new ExtensionFirstSecretProvider(extension, direct);

        Assert.Equal("from-secrets-manager", await provider.GetSecretStringAsync(SecretArn));
        Assert.Equal("from-secrets-manager", await provider.GetSecretStringAsync(SecretArn));
        Assert.Equal(2, direct.Reads);
    }

    [Fact]
    public async Task ExtensionFirst_WhenTheExtensionAnswers_ShouldNotCallSecretsManager()
    {
        await using var server = await FakeHttpServer.StartAsync(_ => new Reply(200, SecretValue("from-extension")));
        using var http = new HttpClient();
        var direct = new DictionarySecretProvider(new Dictionary<string, string>());
        var provider = new ExtensionFirstSecretProvider(new LambdaExtensionSecretProvider(http, "t", server.BaseAddress), direct);

        Assert.Equal("from-extension", await provider.GetSecretStringAsync(SecretArn));
        Assert.Equal(0, direct.Reads);
    }

    [Fact]
    public void Import_WhenSecretIsJsonWithAnEncryptedKeyAndPassphrase_ShouldDecryptIt()
    {
        var secret = $$"""{"private_key": {{System.Text.Json.JsonSerializer.Serialize(TestKeys.EncryptedPrivateKeyPem)}}, "private_key_passphrase": "{{TestKeys.Passphrase}}"}""";

        using var key = SnowflakePrivateKey.Import(secret, SecretArn);

        Assert.Equal(TestKeys.Fingerprint, PublicKeyFingerprint.Of(key));
    }

    [Fact]
    public void Import_WhenEncryptedKeyHasNoPassphrase_ShouldSaySoWithoutShowingTheKey()
    {
        var error = Assert.Throws<SecretNotAvailableException>(() => SnowflakePrivateKey.Import(TestKeys.EncryptedPrivateKeyPem, SecretArn));

        Assert.Equal($"Secret {SecretArn} holds an encrypted private key but no \"private_key_passphrase\".", error.Message);
    }

    [Fact]
    public void Import_WhenPassphraseIsWrong_ShouldNameTheSecret()
    {
        var secret = $$"""{"private_key": {{System.Text.Json.JsonSerializer.Serialize(TestKeys.EncryptedPrivateKeyPem)}}, "private_key_passphrase": "wrong"}""";

        var error = Assert.Throws<SecretNotAvailableException>(() => SnowflakePrivateKey.Import(secret, SecretArn));

        Assert.StartsWith($"Secret {SecretArn} holds a PEM that is not a readable RSA private key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_WhenSecretIsNotAPem_ShouldSayWhatWasExpected()
    {
        var error = Assert.Throws<SecretNotAvailableException>(() => SnowflakePrivateKey.Import("hunter2", SecretArn));

        Assert.Contains("expected -----BEGIN PRIVATE KEY-----", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    private static string SecretValue(string secretString) =>
        $$"""{"ARN":"{{SecretArn}}","Name":"techshop/snowflake-key","VersionId":"EXAMPLE1-90ab-cdef-fedc-ba987EXAMPLE","SecretString":{{System.Text.Json.JsonSerializer.Serialize(secretString)}},"VersionStages":["AWSCURRENT"],"CreatedDate":1.767254130412E9}""";

    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private sealed class DictionarySecretProvider(Dictionary<string, string> secrets) : ISecretProvider
    {
        public int Reads { get; private set; }

        public Task<string> GetSecretStringAsync(string secretId, CancellationToken cancellationToken = default)
        {
            Reads++;
            return Task.FromResult(secrets[secretId]);
        }
    }
}

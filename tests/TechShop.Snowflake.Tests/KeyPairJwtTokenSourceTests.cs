using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TechShop.Snowflake.Api;
using TechShop.Snowflake.Auth;

namespace TechShop.Snowflake.Tests;

public sealed class KeyPairJwtTokenSourceTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void GetToken_ShouldIssueAnRs256JwtWithSnowflakesClaims()
    {
        using var key = RSA.Create();
        key.ImportFromPem(TestKeys.PrivateKeyPem);
        var source = new KeyPairJwtTokenSource(key, "xy12345.eu-west-1.aws", "techshop_loader", new ManualTimeProvider(Now));

        var parts = source.GetToken().Split('.');

        Assert.Equal(3, parts.Length);
        Assert.Equal("""{"alg":"RS256","typ":"JWT"}""", Encoding.UTF8.GetString(FromBase64Url(parts[0])));
        using var claims = JsonDocument.Parse(FromBase64Url(parts[1]));
        var root = claims.RootElement;
        Assert.Equal("XY12345.TECHSHOP_LOADER." + TestKeys.Fingerprint, root.GetProperty("iss").GetString());
        Assert.Equal("XY12345.TECHSHOP_LOADER", root.GetProperty("sub").GetString());
        Assert.Equal(Now.ToUnixTimeSeconds(), root.GetProperty("iat").GetInt64());
        Assert.Equal(Now.ToUnixTimeSeconds() + 3540, root.GetProperty("exp").GetInt64());
    }

    [Fact]
    public void GetToken_ShouldBeSignedByThePrivateKeyOfTheRegisteredPublicKey()
    {
        using var key = RSA.Create();
        key.ImportFromPem(TestKeys.PrivateKeyPem);
        using var publicKey = RSA.Create();
        publicKey.ImportFromPem(TestKeys.PublicKeyPem);
        var token = new KeyPairJwtTokenSource(key, "myorg-myaccount", "loader", new ManualTimeProvider(Now)).GetToken();
        var dot = token.LastIndexOf('.');

        var valid = publicKey.VerifyData(Encoding.ASCII.GetBytes(token[..dot]), FromBase64Url(token[(dot + 1)..]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var tampered = publicKey.VerifyData(Encoding.ASCII.GetBytes(token[..dot] + "x"), FromBase64Url(token[(dot + 1)..]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

        Assert.True(valid);
        Assert.False(tampered);
    }

    [Fact]
    public void Fingerprint_ShouldEqualTheOneOpensslComputedFromThePublicKey()
    {
        using var key = RSA.Create();
        key.ImportFromPem(TestKeys.PrivateKeyPem);

        Assert.Equal(TestKeys.Fingerprint, PublicKeyFingerprint.Of(key));
        Assert.Equal(TestKeys.Fingerprint, new KeyPairJwtTokenSource(key, "a", "u").Fingerprint);
    }

    [Fact]
    public void GetToken_ShouldReuseTheTokenUntilRenewAfterThenIssueANewOne()
    {
        using var key = RSA.Create();
        key.ImportFromPem(TestKeys.PrivateKeyPem);
        var clock = new ManualTimeProvider(Now);
        var source = new KeyPairJwtTokenSource(key, "myorg-myaccount", "loader", clock);

        var first = source.GetToken();
        clock.Advance(TimeSpan.FromMinutes(53));
        var stillFirst = source.GetToken();
        clock.Advance(TimeSpan.FromMinutes(1));
        var renewed = source.GetToken();

        Assert.Equal(first, stillFirst);
        Assert.NotEqual(first, renewed);
        Assert.Equal(Now.AddMinutes(54).ToUnixTimeSeconds(), IssuedAt(renewed));
    }

    [Fact]
    public async Task GetTokenAsync_WhenForcedAfterA401_ShouldIssueAFreshToken()
    {
        using var key = RSA.Create();
        key.ImportFromPem(TestKeys.PrivateKeyPem);
        var clock = new ManualTimeProvider(Now);
        var source = new KeyPairJwtTokenSource(key, "myorg-myaccount", "loader", clock);
        var first = await source.GetTokenAsync(false, default);
        clock.Advance(TimeSpan.FromSeconds(5));

        var forced = await source.GetTokenAsync(true, default);

        Assert.NotEqual(first, forced);
        Assert.Equal(Now.AddSeconds(5).ToUnixTimeSeconds(), IssuedAt(forced));
    }

    [Fact]
    public void GetToken_WhenCalledFromManyThreads_ShouldHandOutOneToken()
    {
        using var key = RSA.Create();
        key.ImportFromPem(TestKeys.PrivateKeyPem);
        var source = new KeyPairJwtTokenSource(key, "myorg-myaccount", "loader", new ManualTimeProvider(Now));
        var tokens = new string[64];

        Parallel.For(0, tokens.Length, i => tokens[i] = source.GetToken());

        Assert.Single(tokens.Distinct());
    }

    [Fact]
    public void GetToken_WhenLifetimeExceedsOneHour_ShouldRefuseNamingBothSettings()
    {
        using var key = RSA.Create();
        key.ImportFromPem(TestKeys.PrivateKeyPem);
        var source = new KeyPairJwtTokenSource(key, "a", "u") { Lifetime = TimeSpan.FromMinutes(61) };

        var error = Assert.Throws<SnowflakeConfigurationException>(() => source.GetToken());

        Assert.Contains("at most one hour", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_WhenKeyIsShorterThan2048Bits_ShouldRefuse()
    {
        using var key = RSA.Create(1024);

        var error = Assert.Throws<SnowflakeConfigurationException>(() => new KeyPairJwtTokenSource(key, "a", "u"));

        Assert.Contains("1024 bits", error.Message, StringComparison.Ordinal);
    }

    private static long IssuedAt(string token)
    {
        using var claims = JsonDocument.Parse(FromBase64Url(token.Split('.')[1]));
        return claims.RootElement.GetProperty("iat").GetInt64();
    }

    private static byte[] FromBase64Url(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='));
    }
}

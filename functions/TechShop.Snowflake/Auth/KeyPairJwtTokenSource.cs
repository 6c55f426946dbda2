using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TechShop.Snowflake.Api;

namespace TechShop.Snowflake.Auth;

/// <summary>
/// Key-pair authentication: an RS256 JWT with <c>iss = ACCOUNT.USER.SHA256:fp</c>, <c>sub = ACCOUNT.USER</c>,
/// issued for <see cref="Lifetime"/> and renewed once <see cref="RenewAfter"/> has passed. Thread-safe.
/// </summary>
public sealed class KeyPairJwtTokenSource : ISnowflakeTokenSource
{
    private readonly RSA _privateKey;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private string? _token;
    private DateTimeOffset _issuedAt;

    public KeyPairJwtTokenSource(RSA privateKey, string accountIdentifier, string user, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(privateKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        if (privateKey.KeySize < 2048)
        {
            throw new SnowflakeConfigurationException($"The Snowflake private key is {privateKey.KeySize} bits; key-pair authentication expects an RSA key of at least 2048 bits.");
        }

        _privateKey = privateKey;
        _time = time ?? TimeProvider.System;
        Fingerprint = PublicKeyFingerprint.Of(privateKey);
        Subject = SnowflakeAccount.JwtAccountName(accountIdentifier) + "." + user.Trim().ToUpperInvariant();
        Issuer = Subject + "." + Fingerprint;
    }

    /// <summary>How long a token is valid (<c>exp - iat</c>); Snowflake accepts at most one hour. Default 59 minutes.</summary>
    public TimeSpan Lifetime { get; init; } = TimeSpan.FromMinutes(59);

    /// <summary>Age after which a new token is issued, leaving a margin for clock skew and long requests. Default 54 minutes.</summary>
    public TimeSpan RenewAfter { get; init; } = TimeSpan.FromMinutes(54);

    /// <summary>The <c>iss</c> claim.</summary>
    public string Issuer { get; }

    /// <summary>The <c>sub</c> claim.</summary>
    public string Subject { get; }

    /// <summary>The public key's fingerprint, <c>SHA256:...</c>.</summary>
    public string Fingerprint { get; }

    public string TokenType => "KEYPAIR_JWT";

    public ValueTask<string> GetTokenAsync(bool forceRenew, CancellationToken cancellationToken) => ValueTask.FromResult(GetToken(forceRenew));

    /// <summary>The cached token, or a new one when forced, absent or older than <see cref="RenewAfter"/>.</summary>
    public string GetToken(bool forceRenew = false)
    {
        if (Lifetime <= TimeSpan.Zero || Lifetime > TimeSpan.FromHours(1) || RenewAfter <= TimeSpan.Zero || RenewAfter >= Lifetime)
        {
            throw new SnowflakeConfigurationException($"The JWT lifetime must be at most one hour and RenewAfter below it; they are {Lifetime} and {RenewAfter}.");
        }

        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (forceRenew || _token is null || now - _issuedAt >= RenewAfter)
            {
                _token = Issue(now);
                _issuedAt = now;
            }

            return _token;
        }
    }

    private string Issue(DateTimeOffset now)
    {
        var iat = now.ToUnixTimeSeconds();
        var header = Base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}"u8);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("iss", Issuer);
            json.WriteString("sub", Subject);
            json.WriteNumber("iat", iat);
            json.WriteNumber("exp", iat + (long)Lifetime.TotalSeconds);
            json.WriteEndObject();
        }

        var signingInput = header + "." + Base64Url(buffer.WrittenSpan);
        var signature = _privateKey.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url(signature);
    }

    private static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

using System.Security.Cryptography.X509Certificates;
using TechShop.Keyspaces.Auth;

namespace TechShop.Keyspaces.Connection;

/// <summary>What one connection needs: TLS, authentication, keyspace, limits and timeouts.</summary>
public sealed record CqlConnectionSettings
{
    /// <summary>TLS on (Keyspaces requires it); off only for local Cassandra and tests.</summary>
    public bool UseTls { get; init; } = true;

    /// <summary>Extra trusted roots (e.g. the Amazon Trust Services CAs); null trusts the system store only.</summary>
    public X509Certificate2Collection? TrustedRoots { get; init; }

    /// <summary>Answers AUTHENTICATE; null fails the handshake if the server asks for credentials.</summary>
    public ICqlAuthenticator? Authenticator { get; init; }

    /// <summary>Keyspace to USE after the handshake; null for none.</summary>
    public string? Keyspace { get; init; }

    /// <summary>Requests in flight per connection (protocol maximum 32768).</summary>
    public int MaxRequestsPerConnection { get; init; } = 1024;

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(12);
}

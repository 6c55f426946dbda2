using Amazon.Runtime;
using System.Security.Cryptography.X509Certificates;
using TechShop.Keyspaces.Protocol;

namespace TechShop.Keyspaces.Session;

/// <summary>Everything a <see cref="CqlSession"/> needs; every property documents its default.</summary>
public sealed record KeyspacesOptions
{
    /// <summary>Contact host name, also the TLS server name; default <c>cassandra.&lt;Region&gt;.amazonaws.com</c> (env TECHSHOP_KEYSPACES_ENDPOINT).</summary>
    public string? Endpoint { get; init; }

    /// <summary>CQL port; default 9142 (Keyspaces TLS).</summary>
    public int Port { get; init; } = 9142;

    /// <summary>AWS region for the endpoint and the SigV4 scope; default env AWS_REGION.</summary>
    public string? Region { get; init; }

    /// <summary>Login; default SigV4.</summary>
    public KeyspacesAuthMode AuthMode { get; init; } = KeyspacesAuthMode.SigV4;

    /// <summary>SigV4 credentials; default null = the AWS credential chain (Lambda role, env, profile, ...).</summary>
    public AWSCredentials? Credentials { get; init; }

    /// <summary>Service-specific user name (AuthMode ServiceSpecificCredentials); load it from a secret, never from code.</summary>
    public string? Username { get; init; }

    /// <summary>Service-specific password (AuthMode ServiceSpecificCredentials).</summary>
    public string? Password { get; init; }

    /// <summary>Keyspace every connection USEs; default <c>techshop</c> (env TECHSHOP_KEYSPACE); null for none.</summary>
    public string? Keyspace { get; init; } = "techshop";

    /// <summary>TLS; default true. Plain TCP only for local Cassandra and tests.</summary>
    public bool UseTls { get; init; } = true;

    /// <summary>PEM file of extra trusted roots (e.g. the Amazon Trust Services bundle); default none (system store).</summary>
    public string? CaBundlePath { get; init; }

    /// <summary>Extra trusted roots given in code; default none.</summary>
    public X509Certificate2Collection? TrustedRoots { get; init; }

    /// <summary>Open connections to every advertised peer from system.peers; default true.</summary>
    public bool DiscoverPeers { get; init; } = true;

    /// <summary>Connections per node; default 2 (Keyspaces allows about 3,000 requests/s per connection).</summary>
    public int ConnectionsPerHost { get; init; } = 2;

    /// <summary>Requests in flight per connection; default 1024 (protocol maximum 32768).</summary>
    public int MaxRequestsPerConnection { get; init; } = 1024;

    /// <summary>Default consistency of statements; default LOCAL_QUORUM (the only write level Keyspaces accepts).</summary>
    public Consistency Consistency { get; init; } = Consistency.LocalQuorum;

    /// <summary>Rows per page of queries; default 5000.</summary>
    public int PageSize { get; init; } = 5000;

    /// <summary>Statements per unlogged batch for <see cref="PartitionBatcher"/> and the batch limit; default 30.</summary>
    public int MaxBatchSize { get; init; } = 30;

    /// <summary>TCP + TLS + handshake limit; default 10 s.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Client-side wait for one response; default 12 s (above the server's own timeouts).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(12);

    /// <summary>Retries of transient failures.</summary>
    public RetryOptions Retry { get; init; } = new();

    /// <summary>Options from TECHSHOP_KEYSPACES_ENDPOINT, TECHSHOP_KEYSPACE and AWS_REGION, with the defaults above.</summary>
    public static KeyspacesOptions FromEnvironment() => new()
    {
        Endpoint = Environment.GetEnvironmentVariable("TECHSHOP_KEYSPACES_ENDPOINT") is { Length: > 0 } endpoint ? endpoint : null,
        Keyspace = Environment.GetEnvironmentVariable("TECHSHOP_KEYSPACE") is { Length: > 0 } keyspace ? keyspace : "techshop",
    };
}

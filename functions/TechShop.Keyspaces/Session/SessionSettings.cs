using System.Security.Cryptography.X509Certificates;
using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using TechShop.Keyspaces.Auth;
using TechShop.Keyspaces.Connection;

namespace TechShop.Keyspaces.Session;

/// <summary>Validated options: the contact host name and the per-connection settings, or an error naming the setting.</summary>
internal sealed record SessionSettings(string Endpoint, CqlConnectionSettings Connection)
{
    public static SessionSettings Resolve(KeyspacesOptions options)
    {
        var region = options.Region ?? Environment.GetEnvironmentVariable("AWS_REGION");
        var endpoint = options.Endpoint ?? (string.IsNullOrWhiteSpace(region)
            ? throw new KeyspacesOptionsException("KeyspacesOptions.Endpoint is not set and AWS_REGION is empty: set one of them (e.g. AWS_REGION=eu-west-1)")
            : $"cassandra.{region}.amazonaws.com");
        Require(options.Port is > 0 and <= 65535, $"KeyspacesOptions.Port must be 1-65535, got {options.Port}");
        Require(options.ConnectionsPerHost >= 1, $"KeyspacesOptions.ConnectionsPerHost must be at least 1, got {options.ConnectionsPerHost}");
        Require(options.MaxRequestsPerConnection is >= 1 and <= 32768, $"KeyspacesOptions.MaxRequestsPerConnection must be 1-32768, got {options.MaxRequestsPerConnection}");
        Require(options.PageSize >= 1, $"KeyspacesOptions.PageSize must be at least 1, got {options.PageSize}");
        Require(options.MaxBatchSize is >= 1 and <= 65535, $"KeyspacesOptions.MaxBatchSize must be 1-65535, got {options.MaxBatchSize}");
        Require(options.Retry.MaxAttempts >= 1, $"KeyspacesOptions.Retry.MaxAttempts must be at least 1, got {options.Retry.MaxAttempts}");
        Require(options.Retry.MinBackoff >= TimeSpan.Zero && options.Retry.MaxBackoff >= options.Retry.MinBackoff,
            $"KeyspacesOptions.Retry needs 0 <= MinBackoff <= MaxBackoff, got {options.Retry.MinBackoff} and {options.Retry.MaxBackoff}");
        Require(options.ConnectTimeout > TimeSpan.Zero && options.RequestTimeout > TimeSpan.Zero,
            "KeyspacesOptions.ConnectTimeout and RequestTimeout must be positive");

        return new SessionSettings(endpoint, new CqlConnectionSettings
        {
            UseTls = options.UseTls,
            TrustedRoots = TrustedRoots(options),
            Authenticator = Authenticator(options, region),
            Keyspace = string.IsNullOrWhiteSpace(options.Keyspace) ? null : options.Keyspace,
            MaxRequestsPerConnection = options.MaxRequestsPerConnection,
            ConnectTimeout = options.ConnectTimeout,
            RequestTimeout = options.RequestTimeout,
        });
    }

    private static ICqlAuthenticator? Authenticator(KeyspacesOptions options, string? region) => options.AuthMode switch
    {
        KeyspacesAuthMode.None => null,
        KeyspacesAuthMode.ServiceSpecificCredentials => string.IsNullOrEmpty(options.Username) || options.Password is null
            ? throw new KeyspacesOptionsException("AuthMode ServiceSpecificCredentials needs KeyspacesOptions.Username and Password")
            : new PlainTextAuthenticator(options.Username, options.Password),
        KeyspacesAuthMode.SigV4 => string.IsNullOrWhiteSpace(region)
            ? throw new KeyspacesOptionsException("AuthMode SigV4 needs a region: set KeyspacesOptions.Region or AWS_REGION")
            : new SigV4Authenticator(options.Credentials ?? CredentialChain(), region),
        _ => throw new KeyspacesOptionsException($"KeyspacesOptions.AuthMode {options.AuthMode} is not one of SigV4, ServiceSpecificCredentials, None"),
    };

    private static AWSCredentials CredentialChain()
    {
        try
        {
            return DefaultAWSCredentialsIdentityResolver.GetCredentials();
        }
        catch (AmazonClientException e)
        {
            throw new KeyspacesOptionsException(
                $"AuthMode SigV4 found no AWS credentials in the credential chain (Lambda role, AWS_ACCESS_KEY_ID, profile, ...): {e.Message}");
        }
    }

    private static X509Certificate2Collection? TrustedRoots(KeyspacesOptions options)
    {
        if (options.CaBundlePath is null)
        {
            return options.TrustedRoots;
        }

        var roots = new X509Certificate2Collection();
        try
        {
            roots.ImportFromPemFile(options.CaBundlePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            throw new KeyspacesOptionsException($"KeyspacesOptions.CaBundlePath '{options.CaBundlePath}' is not a readable PEM certificate bundle: {e.Message}");
        }

        Require(roots.Count > 0, $"KeyspacesOptions.CaBundlePath '{options.CaBundlePath}' holds no certificates");
        if (options.TrustedRoots is { } extra)
        {
            roots.AddRange(extra);
        }

        return roots;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new KeyspacesOptionsException(message);
        }
    }
}

namespace TechShop.Keyspaces.Session;

/// <summary>How the client logs in.</summary>
public enum KeyspacesAuthMode
{
    /// <summary>IAM credentials from the AWS credential chain, signed with SigV4 (the Lambda case).</summary>
    SigV4,

    /// <summary>Service-specific credentials (user name and password) via SASL PLAIN.</summary>
    ServiceSpecificCredentials,

    /// <summary>No login: local Cassandra and tests only.</summary>
    None,
}

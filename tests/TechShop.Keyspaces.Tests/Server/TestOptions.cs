using TechShop.Keyspaces.Session;

namespace TechShop.Keyspaces.Tests.Server;

/// <summary>Options pointing a session at a scripted server: plain TCP, no login, one connection, millisecond backoff.</summary>
internal static class TestOptions
{
    public static KeyspacesOptions Local(ScriptedCqlServer server, int maxAttempts = 4) => new()
    {
        Endpoint = "127.0.0.1",
        Port = server.Port,
        UseTls = false,
        AuthMode = KeyspacesAuthMode.None,
        Keyspace = "techshop",
        ConnectionsPerHost = 1,
        RequestTimeout = TimeSpan.FromSeconds(20),
        Retry = new RetryOptions { MaxAttempts = maxAttempts, MinBackoff = TimeSpan.FromMilliseconds(1), MaxBackoff = TimeSpan.FromMilliseconds(2) },
    };
}

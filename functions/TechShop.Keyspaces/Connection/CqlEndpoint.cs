using System.Net;

namespace TechShop.Keyspaces.Connection;

/// <summary>Where to connect (address and port) and which name the TLS certificate must carry (SNI).</summary>
public sealed record CqlEndpoint(IPEndPoint Address, string ServerName)
{
    public override string ToString() => $"{ServerName} ({Address})";
}

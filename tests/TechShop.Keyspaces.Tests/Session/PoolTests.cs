using TechShop.Keyspaces.Protocol;
using TechShop.Keyspaces.Session;
using TechShop.Keyspaces.Tests.Server;

namespace TechShop.Keyspaces.Tests.Session;

public sealed class PoolTests
{
    [Fact]
    public async Task Execute_WithThreeConnectionsPerHost_ShouldOpenThemLazilyAndUseThemRoundRobin()
    {
        await using var server = new ScriptedCqlServer(CqlScript.Default);
        await using var session = await CqlSession.ConnectAsync(TestOptions.Local(server) with { ConnectionsPerHost = 3 });

        for (var i = 0; i < 6; i++)
        {
            await session.ExecuteAsync("INSERT INTO t (k) VALUES (?)", i);
        }

        Assert.Equal(3, server.ConnectionCount);
        Assert.Equal(
            [1, 2, 3, 1, 2, 3],
            server.ReceivedWith(Opcode.Query).Where(f => f.Text.StartsWith("INSERT", StringComparison.Ordinal)).Select(f => f.Connection));
        Assert.Equal(3, server.ReceivedWith(Opcode.Query).Count(f => f.Text == "USE \"techshop\""));
    }

    [Fact]
    public async Task Connect_WhenAPeerAdvertisesRpcAddressZero_ShouldFallBackToItsPeerAddress()
    {
        byte[] loopback = [127, 0, 0, 1];
        await using var server = new ScriptedCqlServer(frame =>
            frame.Opcode == Opcode.Query && frame.Text.Contains("system.peers", StringComparison.Ordinal)
                ? Replies.Rows([("peer", 0x0010), ("rpc_address", 0x0010)], [[loopback, [0, 0, 0, 0]]])
                : CqlScript.Default(frame));

        await using var session = await CqlSession.ConnectAsync(TestOptions.Local(server));

        // The peer resolves to the contact point's own address, so the pool holds one node, not a 0.0.0.0 one.
        var node = Assert.Single(session.Nodes);
        Assert.Equal("127.0.0.1", node.Address.Address.ToString());
    }

    [Fact]
    public async Task Connect_WithPeerDiscoveryOff_ShouldNotQuerySystemPeers()
    {
        await using var server = new ScriptedCqlServer(CqlScript.Default);

        await using var session = await CqlSession.ConnectAsync(TestOptions.Local(server) with { DiscoverPeers = false });

        Assert.DoesNotContain(server.ReceivedWith(Opcode.Query), f => f.Text.Contains("system.peers", StringComparison.Ordinal));
    }
}

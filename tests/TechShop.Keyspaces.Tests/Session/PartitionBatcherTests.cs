using TechShop.Keyspaces.Session;
using TechShop.Keyspaces.Tests.Server;
using TechShop.Keyspaces.Values;

namespace TechShop.Keyspaces.Tests.Session;

public sealed class PartitionBatcherTests : IAsyncLifetime
{
    private ScriptedCqlServer _server = null!;
    private CqlSession _session = null!;

    public async Task InitializeAsync()
    {
        _server = new ScriptedCqlServer(CqlScript.Default);
        _session = await CqlSession.ConnectAsync(TestOptions.Local(_server));
    }

    public async Task DisposeAsync()
    {
        await _session.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task RoutingKey_WithACompositePartitionKey_ShouldJoinComponentsInPartitionKeyOrder()
    {
        var insert = await _session.PrepareAsync(CqlScript.InsertItem);

        var bound = insert.Bind(7, new DateOnly(2026, 3, 1), Guid.Empty, 1);

        // pk indexes [1, 0]: day first, then store; each component is [short length][bytes][0x00].
        Assert.Equal("0004800050210000040000000700", Convert.ToHexString(bound.RoutingKey!));
    }

    [Fact]
    public async Task RoutingKey_WhenAPartitionKeyValueIsUnsetOrNull_ShouldBeNull()
    {
        var insert = await _session.PrepareAsync(CqlScript.InsertItem);

        Assert.Null(insert.Bind(7, Unset.Value, Guid.Empty, 1).RoutingKey);
        Assert.Null(insert.Bind(null, new DateOnly(2026, 3, 1), Guid.Empty, 1).RoutingKey);
    }

    [Fact]
    public async Task GroupByPartition_ShouldKeepFirstSeenOrderAndSeparateStatementsWithoutAPartitionKey()
    {
        var insert = await _session.PrepareAsync(CqlScript.InsertItem);
        var update = await _session.PrepareAsync(CqlScript.UpdateWithoutKey);
        var day = new DateOnly(2026, 3, 1);
        BoundStatement[] statements =
        [
            insert.Bind(1, day, Guid.Empty, 1), update.Bind(5L), insert.Bind(2, day, Guid.Empty, 1),
            insert.Bind(1, day, Guid.Empty, 2), update.Bind(6L),
        ];

        var batches = PartitionBatcher.GroupByPartition(statements);

        Assert.Equal([2, 1, 1, 1], batches.Select(b => b.Statements.Count));
        Assert.Same(statements[0], batches[0].Statements[0]);
        Assert.Same(statements[3], batches[0].Statements[1]);
        Assert.Same(statements[1], batches[1].Statements[0]);
        Assert.Same(statements[2], batches[2].Statements[0]);
        Assert.Same(statements[4], batches[3].Statements[0]);
    }

    [Fact]
    public async Task GroupByPartition_With65StatementsOfOnePartition_ShouldSplitIntoBatchesOfAtMost30()
    {
        var insert = await _session.PrepareAsync(CqlScript.InsertItem);
        var statements = Enumerable.Range(0, 65).Select(i => insert.Bind(1, new DateOnly(2026, 3, 1), Guid.Empty, i));

        var batches = PartitionBatcher.GroupByPartition(statements);

        Assert.Equal([30, 30, 5], batches.Select(b => b.Statements.Count));
    }
}

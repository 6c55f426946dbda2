using TechShop.Keyspaces.Protocol;
using TechShop.Keyspaces.Session;
using TechShop.Keyspaces.Tests.Server;

namespace TechShop.Keyspaces.Tests.Session;

public sealed class BatchTests
{
    [Fact]
    public async Task GroupByPartition_ThenExecute_ShouldSendOneUnloggedBatchPerPartitionChunk()
    {
        await using var server = new ScriptedCqlServer(CqlScript.Default);
        await using var session = await CqlSession.ConnectAsync(TestOptions.Local(server));
        var insert = await session.PrepareAsync(CqlScript.InsertOrder);
        var day1 = new DateOnly(2026, 3, 1);
        var day2 = new DateOnly(2026, 3, 2);
        BoundStatement[] writes =
        [
            insert.Bind(day1, Guid.NewGuid(), 1m), insert.Bind(day2, Guid.NewGuid(), 2m), insert.Bind(day1, Guid.NewGuid(), 3m),
            insert.Bind(day1, Guid.NewGuid(), 4m), insert.Bind(day2, Guid.NewGuid(), 5m),
        ];

        var batches = PartitionBatcher.GroupByPartition(writes, maxStatementsPerBatch: 2);
        foreach (var batch in batches)
        {
            await session.ExecuteBatchAsync(batch);
        }

        var sent = server.ReceivedWith(Opcode.Batch).Select(ParsedBatch.Of).ToList();
        Assert.Equal([2, 1, 2], sent.Select(b => b.Entries.Count));
        Assert.All(sent, b => Assert.Equal((byte)BatchType.Unlogged, b.Type));
        Assert.All(sent, b => Assert.Equal(Consistency.LocalQuorum, b.Consistency));
        Assert.All(sent, b => Assert.Single(b.Entries.Select(e => Convert.ToHexString(e.Values[0]!)).Distinct()));
        Assert.Equal(["80005021", "80005021", "80005022"], sent.Select(b => Convert.ToHexString(b.Entries[0].Values[0]!)));
        Assert.Equal(
            ["0000000001", "0000000003", "0000000004", "0000000002", "0000000005"],
            sent.SelectMany(b => b.Entries).Select(e => Convert.ToHexString(e.Values[2]!)));
        Assert.All(sent.SelectMany(b => b.Entries), e => Assert.Equal(CqlScript.IdOf(CqlScript.InsertOrder), e.Id));
    }

    [Fact]
    public async Task ExecuteBatch_WhenLargerThanTheLimit_ShouldThrowNamingTheSetting()
    {
        await using var server = new ScriptedCqlServer(CqlScript.Default);
        await using var session = await CqlSession.ConnectAsync(TestOptions.Local(server) with { MaxBatchSize = 2 });
        var insert = await session.PrepareAsync(CqlScript.InsertOrder);
        var batch = new BatchStatement();
        for (var i = 0; i < 3; i++)
        {
            batch.Add(insert.Bind(new DateOnly(2026, 3, 1), Guid.NewGuid(), 1m));
        }

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => session.ExecuteBatchAsync(batch));

        Assert.Contains("KeyspacesOptions.MaxBatchSize = 2", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.ReceivedWith(Opcode.Batch));
    }

    [Fact]
    public async Task ExecuteBatch_WhenTheFirstAttemptTimesOut_ShouldRetryTheWholeBatch()
    {
        var failed = 0;
        await using var server = new ScriptedCqlServer(frame =>
            frame.Opcode == Opcode.Batch && Interlocked.Increment(ref failed) == 1
                ? Replies.Error(0x1100, "timeout", b => b.Short(6).Int(0).Int(2).String("UNLOGGED_BATCH"))
                : CqlScript.Default(frame));
        await using var session = await CqlSession.ConnectAsync(TestOptions.Local(server));
        var insert = await session.PrepareAsync(CqlScript.InsertOrder);

        await session.ExecuteBatchAsync(new BatchStatement().Add(insert.Bind(new DateOnly(2026, 3, 1), Guid.NewGuid(), 1m)));

        Assert.Equal(2, server.ReceivedWith(Opcode.Batch).Count);
    }
}

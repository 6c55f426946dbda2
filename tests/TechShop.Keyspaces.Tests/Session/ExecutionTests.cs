using TechShop.Keyspaces.Errors;
using TechShop.Keyspaces.Protocol;
using TechShop.Keyspaces.Session;
using TechShop.Keyspaces.Tests.Server;

namespace TechShop.Keyspaces.Tests.Session;

public sealed class ExecutionTests
{
    private static readonly Guid OrderId = Guid.Parse("00112233-4455-6677-8899-aabbccddeeff");

    [Fact]
    public async Task PrepareThenExecute_ShouldSendTheIdAndValuesEncodedByTheMarkersTypesAtLocalQuorum()
    {
        await using var server = new ScriptedCqlServer(CqlScript.Default);
        await using var session = await CqlSession.ConnectAsync(TestOptions.Local(server));

        var prepared = await session.PrepareAsync(CqlScript.InsertOrder);
        await session.ExecuteAsync(prepared.Bind(new DateOnly(1970, 1, 2), OrderId, 123.45m));

        Assert.Equal(["day", "order_id", "total"], prepared.Variables.Select(v => v.Name));
        Assert.Equal([0], prepared.PartitionKeyIndexes);
        var execute = ParsedRequest.Of(Assert.Single(server.ReceivedWith(Opcode.Execute)));
        Assert.Equal(CqlScript.IdOf(CqlScript.InsertOrder), execute.Id);
        Assert.Equal(Consistency.LocalQuorum, execute.Consistency);
        Assert.Equal(
            ["80000001", "00112233445566778899AABBCCDDEEFF", "000000023039"],
            execute.Values.Select(v => Convert.ToHexString(v!)));
        Assert.Single(server.ReceivedWith(Opcode.Prepare));
    }

    [Fact]
    public async Task Bind_WithTheWrongNumberOfValues_ShouldThrowListingTheMarkers()
    {
        await using var server = new ScriptedCqlServer(CqlScript.Default);
        await using var session = await CqlSession.ConnectAsync(TestOptions.Local(server));
        var prepared = await session.PrepareAsync(CqlScript.InsertOrder);

        var error = Assert.Throws<CqlCodecException>(() => prepared.Bind(new DateOnly(2026, 3, 1)));

        Assert.Contains("3 bind markers (day, order_id, total), got 1 values", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_WhenTheNodeAnswersUnprepared_ShouldRePrepareOnThatConnectionAndSucceed()
    {
        var executes = 0;
        await using var server = new ScriptedCqlServer(frame =>
            frame.Opcode == Opcode.Execute && Interlocked.Increment(ref executes) == 1
                ? Replies.Error(0x2500, "Prepared query with ID not found", b => b.ShortBytes(CqlScript.IdOf(CqlScript.InsertOrder)))
                : CqlScript.Default(frame));
        await using var session = await CqlSession.ConnectAsync(TestOptions.Local(server, maxAttempts: 1));
        var prepared = await session.PrepareAsync(CqlScript.InsertOrder);

        await session.ExecuteAsync(prepared.Bind(new DateOnly(2026, 3, 1), OrderId, 1m));

        Assert.Equal(
            [Opcode.Prepare, Opcode.Execute, Opcode.Prepare, Opcode.Execute],
            server.Received.Where(f => f.Opcode is Opcode.Prepare or Opcode.Execute).Select(f => f.Opcode));
    }

    [Fact]
    public async Task Execute_WithASelect_ShouldReturnRowsReadableByColumnName()
    {
        await using var server = new ScriptedCqlServer(frame =>
            frame.Opcode == Opcode.Query && frame.Text.StartsWith("SELECT order_id", StringComparison.Ordinal)
                ? Replies.Rows(
                    [("order_id", 0x000C), ("total", 0x0006), ("store", 0x0009)],
                    [[Convert.FromHexString("00112233445566778899AABBCCDDEEFF"), Convert.FromHexString("000000023039"), null]])
                : CqlScript.Default(frame));
        await using var session = await CqlSession.ConnectAsync(TestOptions.Local(server));

        var rows = await session.ExecuteAsync("SELECT order_id, total, store FROM orders_by_day WHERE day = ?", new DateOnly(2026, 3, 1));

        var row = Assert.Single(rows);
        Assert.Equal(OrderId, row.GetGuid("order_id"));
        Assert.Equal(123.45m, row.GetDecimal("total"));
        Assert.True(row.IsNull("store"));
        var queries = server.ReceivedWith(Opcode.Query);
        var query = ParsedRequest.Of(queries[^1]);
        Assert.Equal("80005021", Convert.ToHexString(Assert.Single(query.Values)!));
    }

    [Fact]
    public async Task ReadAll_WhenTheServerPages_ShouldFollowThePagingStateToTheLastPage()
    {
        await using var server = new ScriptedCqlServer(frame =>
        {
            if (frame.Opcode != Opcode.Query || !frame.Text.StartsWith("SELECT n", StringComparison.Ordinal))
            {
                return CqlScript.Default(frame);
            }

            var request = ParsedRequest.Of(frame);
            return request.PagingState is null
                ? Replies.Rows([("n", 0x0009)], [[[0, 0, 0, 1]], [[0, 0, 0, 2]]], pagingState: [0x42])
                : Replies.Rows([("n", 0x0009)], [[[0, 0, 0, 3]]]);
        });
        await using var session = await CqlSession.ConnectAsync(TestOptions.Local(server));

        var numbers = new List<int>();
        await foreach (var row in session.ReadAllAsync(new SimpleStatement("SELECT n FROM t") { PageSize = 2 }))
        {
            numbers.Add(row.GetInt32("n"));
        }

        Assert.Equal([1, 2, 3], numbers);
        var pages = server.ReceivedWith(Opcode.Query).Where(f => f.Text == "SELECT n FROM t").Select(ParsedRequest.Of).ToList();
        Assert.Equal(2, pages.Count);
        Assert.Equal(0x04, pages[0].Flags);
        Assert.Equal(0x0C, pages[1].Flags);
        Assert.Equal(new byte[] { 0x42 }, pages[1].PagingState);
    }

    [Fact]
    public async Task Execute_ManyRequestsAtOnceOnOneConnection_ShouldMatchEveryResponseToItsRequest()
    {
        await using var server = new ScriptedCqlServer(frame =>
            frame.Opcode == Opcode.Query && frame.Text == "SELECT v FROM echo WHERE k = ?"
                ? Replies.Rows([("v", 0x0009)], [[ParsedRequest.Of(frame).Values[0]]])
                : CqlScript.Default(frame));
        await using var session = await CqlSession.ConnectAsync(TestOptions.Local(server));

        var results = await Task.WhenAll(Enumerable.Range(0, 300).Select(i => session.ExecuteAsync("SELECT v FROM echo WHERE k = ?", i)));

        Assert.Equal(Enumerable.Range(0, 300), results.Select(r => r[0].GetInt32("v")));
        Assert.Equal(1, server.ConnectionCount);
    }
}

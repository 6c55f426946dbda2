using TechShop.Keyspaces.Errors;
using TechShop.Keyspaces.Protocol;
using TechShop.Keyspaces.Session;
using TechShop.Keyspaces.Tests.Server;

namespace TechShop.Keyspaces.Tests.Session;

public sealed class RetryTests
{
    [Fact]
    public async Task Execute_AfterWriteTimeoutOverloadedAndUnavailable_ShouldRetryAndSucceedOnTheFourthAttempt()
    {
        var failures = new Queue<Reply>([Replies.WriteTimeout(), Replies.Overloaded(), Replies.Unavailable()]);
        await using var server = new ScriptedCqlServer(frame =>
            frame.Opcode == Opcode.Execute && failures.TryDequeue(out var failure) ? failure : CqlScript.Default(frame));
        await using var session = await CqlSession.ConnectAsync(TestOptions.Local(server, maxAttempts: 4));
        var prepared = await session.PrepareAsync(CqlScript.InsertOrder);

        var rows = await session.ExecuteAsync(prepared.Bind(new DateOnly(2026, 3, 1), Guid.NewGuid(), 10m));

        Assert.Empty(rows);
        Assert.Equal(4, server.ReceivedWith(Opcode.Execute).Count);
    }

    [Fact]
    public async Task Execute_WhenWriteTimeoutPersists_ShouldThrowRetriesExhaustedWithTheLastError()
    {
        await using var server = new ScriptedCqlServer(frame =>
            frame.Opcode == Opcode.Execute ? Replies.WriteTimeout() : CqlScript.Default(frame));
        await using var session = await CqlSession.ConnectAsync(TestOptions.Local(server, maxAttempts: 3));
        var prepared = await session.PrepareAsync(CqlScript.InsertOrder);

        var error = await Assert.ThrowsAsync<CqlRetriesExhaustedException>(
            () => session.ExecuteAsync(prepared.Bind(new DateOnly(2026, 3, 1), Guid.NewGuid(), 10m)));

        Assert.Equal(3, error.Attempts);
        Assert.True(error.IsTransient);
        Assert.Equal("SIMPLE", Assert.IsType<WriteTimeoutException>(error.LastError).WriteType);
        Assert.Equal(3, server.ReceivedWith(Opcode.Execute).Count);
    }

    [Fact]
    public async Task Execute_WhenTheServerSaysInvalid_ShouldThrowAtOnceWithoutRetrying()
    {
        await using var server = new ScriptedCqlServer(frame =>
            frame.Opcode == Opcode.Query && frame.Text == "SELECT * FROM t"
                ? Replies.Error(0x2200, "Consistency level QUORUM is not supported for this operation")
                : CqlScript.Default(frame));
        await using var session = await CqlSession.ConnectAsync(TestOptions.Local(server, maxAttempts: 5));

        var error = await Assert.ThrowsAsync<CqlServerException>(() => session.ExecuteAsync("SELECT * FROM t"));

        Assert.Equal(CqlErrorCode.Invalid, error.Code);
        Assert.False(error.IsTransient);
        Assert.Single(server.ReceivedWith(Opcode.Query), f => f.Text == "SELECT * FROM t");
    }

    [Fact]
    public async Task Execute_WhenAConnectionGoesSilent_ShouldCloseItAndRetryOnAFreshConnection()
    {
        var silent = 0;
        await using var server = new ScriptedCqlServer(frame =>
            frame.Opcode == Opcode.Query && frame.Text == "SELECT now() FROM t" && Interlocked.Increment(ref silent) == 1
                ? Replies.Silence()
                : CqlScript.Default(frame));
        var options = TestOptions.Local(server, maxAttempts: 2) with { RequestTimeout = TimeSpan.FromSeconds(1.5) };
        await using var session = await CqlSession.ConnectAsync(options);

        var rows = await session.ExecuteAsync("SELECT now() FROM t");

        Assert.Empty(rows);
        Assert.Equal(2, server.ConnectionCount);
        Assert.Equal([1, 2], server.ReceivedWith(Opcode.Query).Where(f => f.Text == "SELECT now() FROM t").Select(f => f.Connection));
    }

    [Theory]
    [InlineData(1, 0.0, 10)]
    [InlineData(1, 0.999, 10)]
    [InlineData(3, 0.0, 20)]
    [InlineData(3, 1.0, 40)]
    [InlineData(10, 1.0, 100)]
    public void Delay_ShouldBeJitteredExponentialClampedToMinAndMax(int attempt, double random, double expectedMs)
    {
        var backoff = new RetryBackoff(
            new RetryOptions { MinBackoff = TimeSpan.FromMilliseconds(10), MaxBackoff = TimeSpan.FromMilliseconds(100) }, () => random);

        Assert.Equal(expectedMs, backoff.Delay(attempt).TotalMilliseconds, precision: 0);
    }
}

using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using TechShop.Keyspaces.Connection;
using TechShop.Keyspaces.Errors;
using TechShop.Keyspaces.Protocol;
using TechShop.Keyspaces.Tests.Server;

namespace TechShop.Keyspaces.Tests.Connection;

/// <summary>Multiplexing on one connection, driven by a raw socket server that answers in the order the test chooses.</summary>
public sealed class CqlConnectionTests : IAsyncLifetime
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private Socket? _server;

    public Task InitializeAsync()
    {
        _listener.Start();
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _server?.Dispose();
        _listener.Stop();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Request_WhenResponsesArriveOutOfOrder_ShouldMatchEachToItsStream()
    {
        await using var connection = await OpenAsync(TimeSpan.FromSeconds(20));
        var first = connection.RequestAsync(CqlRequests.Query("A", new QueryParameters(Consistency.One, [])), CancellationToken.None);
        var second = connection.RequestAsync(CqlRequests.Query("B", new QueryParameters(Consistency.One, [])), CancellationToken.None);
        var a = await ReadFrameAsync();
        var b = await ReadFrameAsync();
        Assert.NotEqual(a.Stream, b.Stream);

        await ReplyAsync(b.Stream, Replies.SetKeyspace("answer-to-" + b.Text));
        await ReplyAsync(a.Stream, Replies.SetKeyspace("answer-to-" + a.Text));

        Assert.Equal(new SetKeyspaceResult("answer-to-A"), await first);
        Assert.Equal(new SetKeyspaceResult("answer-to-B"), await second);
    }

    [Fact]
    public async Task Request_WhenNoAnswerComesInTime_ShouldThrowTimeoutAndKeepTheConnectionUsable()
    {
        await using var connection = await OpenAsync(TimeSpan.FromSeconds(1));
        var slow = connection.RequestAsync(CqlRequests.Query("slow", new QueryParameters(Consistency.One, [])), CancellationToken.None);
        var slowFrame = await ReadFrameAsync();

        await Assert.ThrowsAsync<CqlRequestTimeoutException>(() => slow);
        var fast = connection.RequestAsync(CqlRequests.Query("fast", new QueryParameters(Consistency.One, [])), CancellationToken.None);
        var fastFrame = await ReadFrameAsync();
        await ReplyAsync(slowFrame.Stream, Replies.SetKeyspace("late"));
        await ReplyAsync(fastFrame.Stream, Replies.SetKeyspace("fast"));

        Assert.NotEqual(slowFrame.Stream, fastFrame.Stream);
        Assert.Equal(new SetKeyspaceResult("fast"), await fast);
        Assert.True(connection.IsOpen);
    }

    [Fact]
    public async Task Request_WhenTheServerDropsTheConnection_ShouldFailPendingRequestsAsTransient()
    {
        await using var connection = await OpenAsync(TimeSpan.FromSeconds(20));
        var pending = connection.RequestAsync(CqlRequests.Query("Q", new QueryParameters(Consistency.One, [])), CancellationToken.None);
        await ReadFrameAsync();

        _server!.Close();

        var error = await Assert.ThrowsAsync<CqlConnectionException>(() => pending);
        Assert.True(error.IsTransient);
        Assert.False(connection.IsOpen);
    }

    [Fact]
    public async Task Request_WhenTheServerAnswersWithError_ShouldThrowTheTypedError()
    {
        await using var connection = await OpenAsync(TimeSpan.FromSeconds(20));
        var pending = connection.RequestAsync(CqlRequests.Query("Q", new QueryParameters(Consistency.One, [])), CancellationToken.None);
        var frame = await ReadFrameAsync();

        await ReplyAsync(frame.Stream, Replies.Overloaded());

        var error = await Assert.ThrowsAsync<CqlServerException>(() => pending);
        Assert.Equal(CqlErrorCode.Overloaded, error.Code);
        Assert.True(connection.IsOpen);
    }

    private async Task<CqlConnection> OpenAsync(TimeSpan requestTimeout)
    {
        var port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        var settings = new CqlConnectionSettings { UseTls = false, RequestTimeout = requestTimeout, ConnectTimeout = TimeSpan.FromSeconds(20) };
        var opening = CqlConnection.OpenAsync(new CqlEndpoint(new IPEndPoint(IPAddress.Loopback, port), "localhost"), settings, CancellationToken.None);
        _server = await _listener.AcceptSocketAsync();
        var startup = await ReadFrameAsync();
        Assert.Equal(Opcode.Startup, startup.Opcode);
        await ReplyAsync(startup.Stream, Replies.Ready());
        return await opening;
    }

    private async Task<ReceivedFrame> ReadFrameAsync()
    {
        var header = new byte[9];
        await ReadExactlyAsync(header);
        var body = new byte[BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(5))];
        await ReadExactlyAsync(body);
        return new ReceivedFrame(1, BinaryPrimitives.ReadInt16BigEndian(header.AsSpan(2)), (Opcode)header[4], body);
    }

    private async Task ReadExactlyAsync(byte[] buffer)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await _server!.ReceiveAsync(buffer.AsMemory(read));
            Assert.NotEqual(0, n);
            read += n;
        }
    }

    private async Task ReplyAsync(short stream, Reply reply)
    {
        var frame = new byte[9 + reply.Body.Length];
        frame[0] = 0x84;
        BinaryPrimitives.WriteInt16BigEndian(frame.AsSpan(2), stream);
        frame[4] = (byte)reply.Opcode;
        BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(5), reply.Body.Length);
        reply.Body.CopyTo(frame, 9);
        await _server!.SendAsync(frame);
    }
}

using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using TechShop.Keyspaces.Protocol;

namespace TechShop.Keyspaces.Tests.Server;

/// <summary>A CQL v4 server on 127.0.0.1 that answers each request frame with what the test's handler returns.</summary>
internal sealed class ScriptedCqlServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<ReceivedFrame, Reply> _handler;
    private readonly X509Certificate2? _certificate;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _connections = [];
    private readonly Task _accept;
    private int _connectionCount;

    public ScriptedCqlServer(Func<ReceivedFrame, Reply> handler, X509Certificate2? certificate = null)
    {
        _handler = handler;
        _certificate = certificate;
        _listener.Start();
        _accept = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public ConcurrentQueue<ReceivedFrame> Received { get; } = new();

    public int ConnectionCount => Volatile.Read(ref _connectionCount);

    public IReadOnlyList<ReceivedFrame> ReceivedWith(Opcode opcode) => Received.Where(f => f.Opcode == opcode).ToList();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await Task.WhenAll([_accept, .. _connections]).WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var id = Interlocked.Increment(ref _connectionCount);
            lock (_connections)
            {
                _connections.Add(ServeAsync(client, id));
            }
        }
    }

    private async Task ServeAsync(TcpClient client, int connection)
    {
        using var owned = client;
        Stream stream = client.GetStream();
        try
        {
            if (_certificate is not null)
            {
                var tls = new SslStream(stream);
                await tls.AuthenticateAsServerAsync(
                    new SslServerAuthenticationOptions { ServerCertificate = _certificate }, _stop.Token);
                stream = tls;
            }

            var header = new byte[9];
            while (!_stop.IsCancellationRequested)
            {
                await stream.ReadExactlyAsync(header, _stop.Token);
                var body = new byte[BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(5))];
                await stream.ReadExactlyAsync(body, _stop.Token);
                var frame = new ReceivedFrame(connection, BinaryPrimitives.ReadInt16BigEndian(header.AsSpan(2)), (Opcode)header[4], body);
                Received.Enqueue(frame);
                var reply = _handler(frame);
                if (reply.Opcode == (Opcode)0xFF)
                {
                    continue;
                }

                var output = new byte[9 + reply.Body.Length];
                output[0] = 0x84;
                output[1] = reply.Flags;
                BinaryPrimitives.WriteInt16BigEndian(output.AsSpan(2), frame.Stream);
                output[4] = (byte)reply.Opcode;
                BinaryPrimitives.WriteInt32BigEndian(output.AsSpan(5), reply.Body.Length);
                reply.Body.CopyTo(output, 9);
                await stream.WriteAsync(output, _stop.Token);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException
                                      or System.Security.Authentication.AuthenticationException)
        {
            // The client closed, or the test ended, or a TLS test rejected our certificate on purpose.
        }
        finally
        {
            await stream.DisposeAsync();
        }
    }
}

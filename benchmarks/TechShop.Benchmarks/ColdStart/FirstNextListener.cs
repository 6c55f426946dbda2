using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TechShop.Benchmarks.ColdStart;

/// <summary>
/// A Runtime API address on 127.0.0.1 that only notices the first <c>GET /runtime/invocation/next</c>: the moment a
/// bootstrap has finished initializing and asks for work. It never answers; the process is killed afterwards.
/// </summary>
public sealed class FirstNextListener : IDisposable
{
    private const string NextRequestLine = "GET /2018-06-01/runtime/invocation/next ";
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> connections = [];

    public FirstNextListener() => listener.Start();

    /// <summary><c>host:port</c> for <c>AWS_LAMBDA_RUNTIME_API</c>.</summary>
    public string Address => $"127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";

    /// <summary>Completes when a request for the next invocation arrives; throws on any other request (e.g. init/error).</summary>
    public async Task WaitForNextRequestAsync(CancellationToken cancellationToken)
    {
        var client = await listener.AcceptTcpClientAsync(cancellationToken);
        connections.Add(client);
        var stream = client.GetStream();
        var buffer = new byte[NextRequestLine.Length];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        var requestLine = Encoding.ASCII.GetString(buffer, 0, read);
        if (requestLine != NextRequestLine)
        {
            throw new InvalidOperationException($"The bootstrap sent '{requestLine}...' instead of asking for the next invocation.");
        }
    }

    /// <summary>Drops the connections of the last process.</summary>
    public void CloseConnections()
    {
        foreach (var connection in connections)
        {
            connection.Dispose();
        }

        connections.Clear();
    }

    public void Dispose()
    {
        CloseConnections();
        listener.Stop();
        listener.Dispose();
    }
}

using System.Net;
using System.Net.Sockets;
using TechShop.Keyspaces.Connection;
using TechShop.Keyspaces.Errors;

namespace TechShop.Keyspaces.Session;

/// <summary>N connections per node, handed out round-robin; a failed connection is reopened when next picked.</summary>
internal sealed class ConnectionPool : IAsyncDisposable
{
    private readonly Slot[] _slots;
    private readonly CqlConnectionSettings _settings;
    private int _next = -1;

    private ConnectionPool(Slot[] slots, CqlConnectionSettings settings)
    {
        _slots = slots;
        _settings = settings;
    }

    public IReadOnlyList<CqlEndpoint> Endpoints => _slots.Select(s => s.Endpoint).Distinct().ToArray();

    /// <summary>Resolves the endpoint (IPv4 first) and opens the first connection that succeeds.</summary>
    public static async Task<CqlConnection> OpenContactAsync(string host, int port, CqlConnectionSettings settings, CancellationToken cancellationToken)
    {
        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        }
        catch (SocketException e)
        {
            throw new CqlConnectionException($"cannot resolve Keyspaces endpoint '{host}': {e.Message}", e);
        }

        var failures = new List<CqlConnectionException>();
        foreach (var address in addresses.OrderBy(a => a.AddressFamily == AddressFamily.InterNetwork ? 0 : 1))
        {
            try
            {
                return await CqlConnection.OpenAsync(new CqlEndpoint(new IPEndPoint(address, port), host), settings, cancellationToken).ConfigureAwait(false);
            }
            catch (CqlConnectionException e)
            {
                failures.Add(e);
            }
        }

        throw failures.Count switch
        {
            0 => new CqlConnectionException($"Keyspaces endpoint '{host}' resolved to no addresses"),
            1 => failures[0],
            _ => new CqlConnectionException(
                $"no address of '{host}' accepted the connection: {string.Join("; ", failures.Select(f => f.Message))}", failures[0]),
        };
    }

    /// <summary>Builds the pool around an open contact connection plus the discovered peers.</summary>
    public static ConnectionPool Create(CqlConnection contact, IEnumerable<CqlEndpoint> peers, int perHost, CqlConnectionSettings settings)
    {
        var endpoints = new List<CqlEndpoint> { contact.Endpoint };
        endpoints.AddRange(peers.Where(p => !p.Address.Equals(contact.Endpoint.Address)).DistinctBy(p => p.Address));
        var slots = new List<Slot>();
        for (var round = 0; round < perHost; round++)
        {
            slots.AddRange(endpoints.Select(endpoint => new Slot(endpoint)));
        }

        slots[0].Connection = contact;
        return new ConnectionPool([.. slots], settings);
    }

    /// <summary>The next open connection round-robin, opening lazily; fails only when no node can be reached.</summary>
    public async Task<CqlConnection> NextAsync(CancellationToken cancellationToken)
    {
        CqlConnectionException? last = null;
        for (var tried = 0; tried < _slots.Length; tried++)
        {
            var slot = _slots[(int)((uint)Interlocked.Increment(ref _next) % (uint)_slots.Length)];
            if (slot.Connection is { IsOpen: true } open)
            {
                return open;
            }

            try
            {
                return await slot.OpenAsync(_settings, cancellationToken).ConfigureAwait(false);
            }
            catch (CqlConnectionException e)
            {
                last = e;
            }
        }

        throw new CqlConnectionException($"no Keyspaces node could be reached ({_slots.Length} connections tried): {last?.Message}", last);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var slot in _slots)
        {
            if (slot.Connection is { } connection)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }

            slot.Gate.Dispose();
        }
    }

    private sealed class Slot(CqlEndpoint endpoint)
    {
        public CqlEndpoint Endpoint { get; } = endpoint;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        public CqlConnection? Connection { get; set; }

        public async Task<CqlConnection> OpenAsync(CqlConnectionSettings settings, CancellationToken cancellationToken)
        {
            await Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (Connection is { IsOpen: true } open)
                {
                    return open;
                }

                if (Connection is { } dead)
                {
                    await dead.DisposeAsync().ConfigureAwait(false);
                }

                Connection = null;
                Connection = await CqlConnection.OpenAsync(Endpoint, settings, cancellationToken).ConfigureAwait(false);
                return Connection;
            }
            finally
            {
                Gate.Release();
            }
        }
    }
}

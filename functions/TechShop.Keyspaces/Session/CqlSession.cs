using System.Collections.Concurrent;
using System.Net;
using System.Runtime.CompilerServices;
using TechShop.Keyspaces.Connection;
using TechShop.Keyspaces.Errors;
using TechShop.Keyspaces.Protocol;

namespace TechShop.Keyspaces.Session;

/// <summary>A pool of connections across the cluster's nodes that prepares, executes, batches and pages with retries.</summary>
public sealed partial class CqlSession : IAsyncDisposable
{
    private const string PeersQuery = "SELECT peer, rpc_address FROM system.peers";
    private readonly ConnectionPool _pool;
    private readonly KeyspacesOptions _options;
    private readonly RetryBackoff _backoff;
    private readonly ConcurrentDictionary<string, PreparedStatement> _prepared = new(StringComparer.Ordinal);

    private CqlSession(ConnectionPool pool, KeyspacesOptions options, RetryBackoff backoff)
    {
        _pool = pool;
        _options = options;
        _backoff = backoff;
    }

    /// <summary>The nodes this session holds connections to (contact point first).</summary>
    public IReadOnlyList<CqlEndpoint> Nodes => _pool.Endpoints;

    /// <summary>Validates the options, connects to the endpoint, discovers peers and opens the pool.</summary>
    public static Task<CqlSession> ConnectAsync(KeyspacesOptions options, CancellationToken cancellationToken = default) =>
        ConnectAsync(options, null, cancellationToken);

    /// <summary>As <see cref="ConnectAsync(KeyspacesOptions, CancellationToken)"/>, with a given backoff (tests pin its randomness).</summary>
    public static async Task<CqlSession> ConnectAsync(
        KeyspacesOptions options, RetryBackoff? backoff, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = SessionSettings.Resolve(options);
        var contact = await ConnectionPool.OpenContactAsync(settings.Endpoint, options.Port, settings.Connection, cancellationToken)
            .ConfigureAwait(false);
        try
        {
            var peers = options.DiscoverPeers
                ? await DiscoverPeersAsync(contact, settings.Endpoint, options.Port, cancellationToken).ConfigureAwait(false)
                : [];
            var pool = ConnectionPool.Create(contact, peers, options.ConnectionsPerHost, settings.Connection);
            return new CqlSession(pool, options, backoff ?? new RetryBackoff(options.Retry));
        }
        catch
        {
            await contact.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Prepares a query once per session (and lazily on each connection that runs it).</summary>
    public async Task<PreparedStatement> PrepareAsync(string query, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        if (_prepared.TryGetValue(query, out var known))
        {
            return known;
        }

        var result = await RunAsync(
            (connection, token) => PrepareOnAsync(connection, query, token), cancellationToken).ConfigureAwait(false);
        return _prepared.GetOrAdd(query, new PreparedStatement(query, result));
    }

    /// <summary>Runs a statement (simple or bound) and returns its first page of rows (empty for writes).</summary>
    public async Task<RowSet> ExecuteAsync(CqlStatement statement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var parameters = new QueryParameters(statement.Consistency ?? _options.Consistency, statement.Values)
        {
            PageSize = statement.PageSize ?? _options.PageSize,
            PagingState = statement.PagingState,
        };
        var result = await RunAsync((connection, token) => statement switch
        {
            BoundStatement bound => ExecutePreparedAsync(connection, bound.Prepared.Query, parameters, token),
            SimpleStatement simple => connection.RequestAsync(CqlRequests.Query(simple.Query, parameters), token),
            _ => throw new ArgumentException($"unknown statement type {statement.GetType().Name}", nameof(statement)),
        }, cancellationToken).ConfigureAwait(false);
        return result is RowsResult rows ? rows.Rows : RowSet.Empty;
    }

    /// <summary>Runs a query with positional values whose CQL types are inferred.</summary>
    public Task<RowSet> ExecuteAsync(string query, params object?[] values) => ExecuteAsync(new SimpleStatement(query, values));

    /// <summary>Sends a batch (at most <see cref="KeyspacesOptions.MaxBatchSize"/> statements) as one BATCH message.</summary>
    public async Task ExecuteBatchAsync(BatchStatement batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Statements.Count == 0)
        {
            return;
        }

        if (batch.Statements.Count > _options.MaxBatchSize)
        {
            throw new ArgumentOutOfRangeException(nameof(batch), batch.Statements.Count,
                $"a batch holds at most KeyspacesOptions.MaxBatchSize = {_options.MaxBatchSize} statements; split it with PartitionBatcher");
        }

        var consistency = batch.Consistency ?? _options.Consistency;
        await RunAsync((connection, token) => ExecuteBatchOnAsync(connection, batch, consistency, token), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Every row of a query, fetching page after page.</summary>
    public async IAsyncEnumerable<Row> ReadAllAsync(
        CqlStatement statement, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var page = await ExecuteAsync(statement, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            foreach (var row in page)
            {
                yield return row;
            }

            if (page.PagingState is null)
            {
                yield break;
            }

            page = await ExecuteAsync(statement with { PagingState = page.PagingState }, cancellationToken).ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync() => _pool.DisposeAsync();

    private static async Task<IReadOnlyList<CqlEndpoint>> DiscoverPeersAsync(
        CqlConnection contact, string serverName, int port, CancellationToken cancellationToken)
    {
        // LOCAL_ONE: Keyspaces rejects QUORUM and the other levels drivers often use for system tables.
        var frame = CqlRequests.Query(PeersQuery, new QueryParameters(Consistency.LocalOne, []));
        if (await contact.RequestAsync(frame, cancellationToken).ConfigureAwait(false) is not RowsResult { Rows: var rows })
        {
            return [];
        }

        var peers = new List<CqlEndpoint>();
        foreach (var row in rows)
        {
            var address = row.IsNull("rpc_address") ? null : row.GetInet("rpc_address");
            if (address is null || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
            {
                address = row.IsNull("peer") ? null : row.GetInet("peer");
            }

            if (address is not null)
            {
                peers.Add(new CqlEndpoint(new IPEndPoint(address, port), serverName));
            }
        }

        return peers;
    }
}

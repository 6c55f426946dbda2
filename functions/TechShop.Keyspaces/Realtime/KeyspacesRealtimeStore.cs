using TechShop.Core.Domain;
using TechShop.Core.Realtime;
using TechShop.Keyspaces.Errors;
using TechShop.Keyspaces.Protocol;
using TechShop.Keyspaces.Session;
using static TechShop.Keyspaces.Realtime.RealtimeRowMapping;

namespace TechShop.Keyspaces.Realtime;

/// <summary>
/// The realtime store on Amazon Keyspaces over the project's CQL v4 client. Writes are prepared INSERTs (a CQL INSERT
/// is an upsert) grouped into unlogged batches of one partition each, at LOCAL_QUORUM, with the tables' default TTL;
/// reads restrict the whole partition key (every shard of every hour or date bucket of the range), page, and are
/// summed by <see cref="RealtimeAggregates"/>. A failure that persists through the client's retries is a
/// <see cref="TransientStoreException"/>; anything else a <see cref="KeyspacesStoreException"/> naming the table.
/// </summary>
public sealed partial class KeyspacesRealtimeStore : IRealtimeStore, IAsyncDisposable
{
    /// <summary>Batches or queries one call keeps in flight; the session's connections multiplex them.</summary>
    private const int MaxConcurrentRequests = 16;

    private readonly CqlSession _session;
    private readonly bool _ownsSession;
    private readonly int _maxStatementsPerBatch;
    private readonly Consistency _readConsistency;
    private readonly Dictionary<string, PreparedStatement> _inserts;
    private readonly Dictionary<string, PreparedStatement> _scans;
    private readonly Selects _selects;

    private KeyspacesRealtimeStore(
        CqlSession session, bool ownsSession, string keyspace, int maxStatementsPerBatch, Consistency readConsistency,
        Dictionary<string, PreparedStatement> inserts, Dictionary<string, PreparedStatement> scans, Selects selects)
    {
        _session = session;
        _ownsSession = ownsSession;
        Keyspace = keyspace;
        _maxStatementsPerBatch = maxStatementsPerBatch;
        _readConsistency = readConsistency;
        _inserts = inserts;
        _scans = scans;
        _selects = selects;
    }

    /// <summary>The keyspace of the tables.</summary>
    public string Keyspace { get; }

    /// <summary>
    /// Connects a session with <paramref name="options"/> (keyspace from <see cref="KeyspacesOptions.Keyspace"/>, batches of
    /// at most <see cref="KeyspacesOptions.MaxBatchSize"/>) and prepares every statement, so a table or column the DDL
    /// lacks fails here; the store owns the session.
    /// </summary>
    /// <param name="options">The session options.</param>
    /// <param name="readConsistency">Consistency of reads; default LOCAL_ONE (panels; Keyspaces also accepts LOCAL_QUORUM).</param>
    /// <param name="cancellationToken">Cancels connecting and preparing.</param>
    public static async Task<KeyspacesRealtimeStore> ConnectAsync(
        KeyspacesOptions options, Consistency readConsistency = Consistency.LocalOne, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var keyspace = options.Keyspace ?? throw new KeyspacesOptionsException(
            "KeyspacesOptions.Keyspace is null; the realtime store needs the keyspace of its tables (env TECHSHOP_KEYSPACE, default techshop)");
        var session = await CqlSession.ConnectAsync(options, cancellationToken).ConfigureAwait(false);
        try
        {
            return await PrepareAsync(session, true, keyspace, options.MaxBatchSize, readConsistency, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await session.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>As <see cref="ConnectAsync"/> with <see cref="KeyspacesOptions.FromEnvironment"/> (TECHSHOP_KEYSPACES_ENDPOINT, TECHSHOP_KEYSPACE, AWS_REGION).</summary>
    public static Task<KeyspacesRealtimeStore> FromEnvironmentAsync(CancellationToken cancellationToken = default) =>
        ConnectAsync(KeyspacesOptions.FromEnvironment(), Consistency.LocalOne, cancellationToken);

    /// <summary>A store over a session the caller owns (and disposes); <paramref name="maxStatementsPerBatch"/> must not exceed the session's MaxBatchSize.</summary>
    public static Task<KeyspacesRealtimeStore> OpenAsync(
        CqlSession session, string keyspace, int maxStatementsPerBatch = 30, Consistency readConsistency = Consistency.LocalOne,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentException.ThrowIfNullOrWhiteSpace(keyspace);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxStatementsPerBatch, 1);
        return PrepareAsync(session, false, keyspace, maxStatementsPerBatch, readConsistency, cancellationToken);
    }

    public Task UpsertOrderEventsAsync(IReadOnlyList<OrderEventRow> rows, CancellationToken cancellationToken = default) =>
        UpsertAsync(RealtimeTables.OrderEvents, rows, ValuesOf, cancellationToken);

    public Task UpsertOrderRevenueAsync(IReadOnlyList<OrderRevenueRow> rows, CancellationToken cancellationToken = default) =>
        UpsertAsync(RealtimeTables.OrderRevenue, rows, ValuesOf, cancellationToken);

    public Task UpsertOrderItemsAsync(IReadOnlyList<OrderItemRow> rows, CancellationToken cancellationToken = default) =>
        UpsertAsync(RealtimeTables.OrderItems, rows, ValuesOf, cancellationToken);

    public Task UpsertOrderAlertsAsync(IReadOnlyList<OrderAlertRow> rows, CancellationToken cancellationToken = default) =>
        UpsertAsync(RealtimeTables.OrderAlerts, rows, ValuesOf, cancellationToken);

    public Task UpsertProcessingLagAsync(IReadOnlyList<ProcessingLagRow> rows, CancellationToken cancellationToken = default) =>
        UpsertAsync(RealtimeTables.ProcessingLag, rows, ValuesOf, cancellationToken);

    public Task UpsertCustomersAsync(IReadOnlyList<Customer> customers, CancellationToken cancellationToken = default) =>
        UpsertAsync(RealtimeTables.Customers, customers, ValuesOf, cancellationToken);

    public Task UpsertExchangeRatesAsync(IReadOnlyList<ExchangeRate> rates, CancellationToken cancellationToken = default) =>
        UpsertAsync(RealtimeTables.ExchangeRates, rates, ValuesOf, cancellationToken);

    /// <summary>Closes the session when the store opened it.</summary>
    public ValueTask DisposeAsync() => _ownsSession ? _session.DisposeAsync() : ValueTask.CompletedTask;

    private static async Task<KeyspacesRealtimeStore> PrepareAsync(
        CqlSession session, bool ownsSession, string keyspace, int maxStatementsPerBatch, Consistency readConsistency,
        CancellationToken cancellationToken)
    {
        async Task<PreparedStatement> Prepare(RealtimeTable table, string query) =>
            await GuardAsync(keyspace, table, "prepare", () => session.PrepareAsync(query, cancellationToken)).ConfigureAwait(false);

        var inserts = new Dictionary<string, PreparedStatement>(StringComparer.Ordinal);
        var scans = new Dictionary<string, PreparedStatement>(StringComparer.Ordinal);
        foreach (var table in RealtimeTables.All)
        {
            inserts[table.Name] = await Prepare(table, table.Insert(keyspace)).ConfigureAwait(false);
            scans[table.Name] = await Prepare(table, table.ScanKeys(keyspace)).ConfigureAwait(false);
        }

        var selects = new Selects(
            await Prepare(RealtimeTables.OrderEvents, RealtimeTables.OrderEvents.Select(
                keyspace, "event_hour = ?", RealtimeTable.EveryShard, "event_time >= ?", "event_time < ?")).ConfigureAwait(false),
            await Prepare(RealtimeTables.OrderRevenue, RealtimeTables.OrderRevenue.Select(
                keyspace, "order_date = ?", RealtimeTable.EveryShard)).ConfigureAwait(false),
            await Prepare(RealtimeTables.OrderItems, RealtimeTables.OrderItems.Select(
                keyspace, "order_date = ?", RealtimeTable.EveryShard)).ConfigureAwait(false),
            await Prepare(RealtimeTables.OrderAlerts, RealtimeTables.OrderAlerts.Select(
                keyspace, "alert_date = ?", RealtimeTable.EveryShard)).ConfigureAwait(false),
            await Prepare(RealtimeTables.ProcessingLag, RealtimeTables.ProcessingLag.Select(
                keyspace, "lag_hour = ?", "first_record_time >= ?", "first_record_time < ?")).ConfigureAwait(false),
            await Prepare(RealtimeTables.Customers, RealtimeTables.Customers.Select(keyspace, "customer_key = ?")).ConfigureAwait(false),
            await Prepare(RealtimeTables.ExchangeRates, RealtimeTables.ExchangeRates.Select(
                keyspace, "currency = ?", "rate_date = ?")).ConfigureAwait(false));
        return new KeyspacesRealtimeStore(session, ownsSession, keyspace, maxStatementsPerBatch, readConsistency, inserts, scans, selects);
    }

    /// <summary>Binds every row, groups the writes per partition and sends each group as unlogged LOCAL_QUORUM batches.</summary>
    private Task UpsertAsync<TRow>(
        RealtimeTable table, IReadOnlyList<TRow> rows, Func<TRow, object?[]> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return Task.CompletedTask;
        }

        return GuardAsync(Keyspace, table, "write", async () =>
        {
            var insert = _inserts[table.Name];
            var writes = rows.Select(row => insert.Bind(values(row))).ToList();
            var batches = PartitionBatcher.GroupByPartition(writes, _maxStatementsPerBatch);
            await Parallel.ForEachAsync(batches, Parallelism(cancellationToken), async (grouped, token) =>
            {
                var batch = new BatchStatement(BatchType.Unlogged) { Consistency = Consistency.LocalQuorum };
                foreach (var statement in grouped.Statements)
                {
                    batch.Add(statement);
                }

                await _session.ExecuteBatchAsync(batch, token).ConfigureAwait(false);
            }).ConfigureAwait(false);
            return true;
        });
    }

    private static ParallelOptions Parallelism(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = MaxConcurrentRequests, CancellationToken = cancellationToken };

    /// <summary>Runs a call on <paramref name="table"/>, turning client failures into the port's transient/permanent pair.</summary>
    private static async Task<T> GuardAsync<T>(string keyspace, RealtimeTable table, string operation, Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (CqlException e) when (e.IsTransient)
        {
            throw new TransientStoreException($"Keyspaces {operation} on {keyspace}.{table.Name} failed and may pass on retry: {e.Message}", e);
        }
        catch (CqlException e)
        {
            throw new KeyspacesStoreException(table.Name, $"Keyspaces {operation} on {keyspace}.{table.Name} failed: {e.Message}", e);
        }
        catch (FormatException e)
        {
            throw new KeyspacesStoreException(table.Name, $"a row of {keyspace}.{table.Name} does not decode: {e.Message}", e);
        }
    }

    /// <summary>The prepared reads, one per query shape.</summary>
    private sealed record Selects(
        PreparedStatement EventsOfHour,
        PreparedStatement RevenueOfDate,
        PreparedStatement ItemsOfDate,
        PreparedStatement AlertsOfDate,
        PreparedStatement LagOfHour,
        PreparedStatement Customer,
        PreparedStatement ExchangeRate);
}

using TechShop.Keyspaces.Connection;
using TechShop.Keyspaces.Errors;
using TechShop.Keyspaces.Protocol;

namespace TechShop.Keyspaces.Session;

public sealed partial class CqlSession
{
    /// <summary>Sends with retries: transient failures wait a jittered backoff and go again, on the same connection unless it died or went silent.</summary>
    private async Task<T> RunAsync<T>(Func<CqlConnection, CancellationToken, Task<T>> send, CancellationToken cancellationToken)
    {
        CqlConnection? connection = null;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (connection is not { IsOpen: true })
                {
                    connection = await _pool.NextAsync(cancellationToken).ConfigureAwait(false);
                }

                return await send(connection, cancellationToken).ConfigureAwait(false);
            }
            catch (CqlException e) when (e.IsTransient)
            {
                if (attempt >= _options.Retry.MaxAttempts)
                {
                    throw new CqlRetriesExhaustedException(attempt, e);
                }

                if (e is CqlRequestTimeoutException && connection is not null)
                {
                    // Silence usually means a socket left half-open (a frozen Lambda, a dropped NAT entry): close it, so the
                    // pool reopens that slot, and go on with the next connection.
                    await connection.DisposeAsync().ConfigureAwait(false);
                    connection = null;
                }

                await Task.Delay(_backoff.Delay(attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task<PreparedResult> PrepareOnAsync(CqlConnection connection, string query, CancellationToken cancellationToken)
    {
        var result = await connection.RequestAsync(CqlRequests.Prepare(query), cancellationToken).ConfigureAwait(false);
        var prepared = result as PreparedResult
            ?? throw new CqlProtocolViolationException($"PREPARE answered with {result.GetType().Name}, not a Prepared result");
        connection.PreparedIds[query] = prepared.Id;
        return prepared;
    }

    private static async Task<byte[]> PreparedIdAsync(CqlConnection connection, string query, CancellationToken cancellationToken) =>
        connection.PreparedIds.TryGetValue(query, out var id)
            ? id
            : (await PrepareOnAsync(connection, query, cancellationToken).ConfigureAwait(false)).Id;

    /// <summary>EXECUTE; on Unprepared (node restarted or never saw it) prepare on this connection and send once more.</summary>
    private static async Task<CqlResult> ExecutePreparedAsync(
        CqlConnection connection, string query, QueryParameters parameters, CancellationToken cancellationToken)
    {
        var id = await PreparedIdAsync(connection, query, cancellationToken).ConfigureAwait(false);
        try
        {
            return await connection.RequestAsync(CqlRequests.Execute(id, parameters), cancellationToken).ConfigureAwait(false);
        }
        catch (UnpreparedException)
        {
            connection.PreparedIds.TryRemove(query, out _);
            id = (await PrepareOnAsync(connection, query, cancellationToken).ConfigureAwait(false)).Id;
            return await connection.RequestAsync(CqlRequests.Execute(id, parameters), cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<CqlResult> ExecuteBatchOnAsync(
        CqlConnection connection, BatchStatement batch, Consistency consistency, CancellationToken cancellationToken)
    {
        try
        {
            return await SendBatchAsync(connection, batch, consistency, cancellationToken).ConfigureAwait(false);
        }
        catch (UnpreparedException)
        {
            foreach (var bound in batch.Statements.OfType<BoundStatement>().DistinctBy(b => b.Prepared.Query))
            {
                connection.PreparedIds.TryRemove(bound.Prepared.Query, out _);
                await PrepareOnAsync(connection, bound.Prepared.Query, cancellationToken).ConfigureAwait(false);
            }

            return await SendBatchAsync(connection, batch, consistency, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<CqlResult> SendBatchAsync(
        CqlConnection connection, BatchStatement batch, Consistency consistency, CancellationToken cancellationToken)
    {
        var entries = new BatchEntry[batch.Statements.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = batch.Statements[i] switch
            {
                BoundStatement bound => new BatchEntry(
                    await PreparedIdAsync(connection, bound.Prepared.Query, cancellationToken).ConfigureAwait(false), null, bound.Values),
                SimpleStatement simple => new BatchEntry(null, simple.Query, simple.Values),
                var other => throw new ArgumentException($"unknown statement type {other.GetType().Name} in batch", nameof(batch)),
            };
        }

        var frame = CqlRequests.Batch(batch.Type, entries, consistency);
        return await connection.RequestAsync(frame, cancellationToken).ConfigureAwait(false);
    }
}

using Microsoft.Data.Sqlite;
using TechShop.Local.Realtime;

namespace TechShop.Local.Dashboard;

/// <summary>
/// Reads the <see cref="LiveHorizon"/> of a <c>realtime.db</c> with two index-only probes on the tables' leading
/// keys; the file is opened read-only, so a run writing it (WAL) is never blocked.
/// </summary>
public static class SqliteLiveHorizon
{
    private const string Probe = """
        SELECT (SELECT MAX(event_time) FROM order_events WHERE event_hour = (SELECT MAX(event_hour) FROM order_events)),
               (SELECT MAX(first_record_time) FROM processing_lag WHERE lag_hour = (SELECT MAX(lag_hour) FROM processing_lag));
        """;

    /// <summary>The horizon of the store at <paramref name="store"/>'s database file.</summary>
    public static Func<CancellationToken, Task<LiveHorizon>> Of(SqliteRealtimeStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = store.DatabasePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = true,
        }.ToString();
        return cancellationToken => ReadAsync(connectionString, cancellationToken);
    }

    private static async Task<LiveHorizon> ReadAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = Probe;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new LiveHorizon(Time(reader, 0), Time(reader, 1));
    }

    // The store keeps times as Unix milliseconds (SqliteRealtimeRows).
    private static DateTime? Time(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTime.UnixEpoch.AddMilliseconds(reader.GetInt64(ordinal));
}

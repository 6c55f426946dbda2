using Microsoft.Data.Sqlite;
using TechShop.Core.Warehouse;
using TechShop.Local.Realtime;

namespace TechShop.Cli.Commands;

/// <summary>Runs a query on the local realtime store (<c>realtime.db</c>, read-only) for <c>techshop sql --realtime</c>.</summary>
internal static class RealtimeSqlQuery
{
    /// <summary>The realtime store file below <paramref name="dataDirectory"/>.</summary>
    public static string PathOf(string dataDirectory) => Path.GetFullPath(Path.Combine(dataDirectory, SqliteRealtimeStore.FileName));

    /// <summary>The query's columns and rows; throws <see cref="SqliteException"/> for a bad query.</summary>
    public static async Task<QueryResult> RunAsync(string databasePath, string sql, CancellationToken cancellationToken)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<IReadOnlyList<object?>>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return new QueryResult(columns, rows);
    }
}

using System.Globalization;
using System.Text.Json;
using TechShop.Snowflake.Api.Wire;
using TechShop.Snowflake.Auth;

namespace TechShop.Snowflake.Api;

/// <summary>
/// A client of the Snowflake SQL API v2: submits statements with a requestId (resubmitted with <c>retry=true</c>
/// when the outcome is unknown), polls running statements, gathers every result partition and converts cells
/// by their column types.
/// </summary>
public sealed class SnowflakeSqlApiClient
{
    private const string StatementsPath = "api/v2/statements";
    private readonly SnowflakeOptions _options;
    private readonly SqlApiTransport _transport;
    private readonly Uri _base;

    /// <summary>Creates the client; <paramref name="http"/> is reused for every request (share one per process).</summary>
    public SnowflakeSqlApiClient(HttpClient http, SnowflakeOptions options, ISnowflakeTokenSource tokens)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(tokens);
        options.Validate();
        _options = options;
        _base = options.ResolveBaseAddress();
        _transport = new SqlApiTransport(http, options, tokens);
    }

    /// <summary>Runs a statement (or a multi-statement request) and waits for its result, every partition included.</summary>
    public async Task<StatementResult> ExecuteAsync(SnowflakeStatement statement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var requestId = Guid.NewGuid().ToString("D");
        var body = JsonSerializer.SerializeToUtf8Bytes(RequestBody(statement), SnowflakeJsonContext.Default.StatementRequestBody);
        var response = await _transport.SendAsync(HttpMethod.Post, retry => SubmitUri(requestId, retry), body, requestId, cancellationToken).ConfigureAwait(false);
        return await FinishAsync(response, requestId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a statement without bindings.</summary>
    public Task<StatementResult> ExecuteAsync(string sql, CancellationToken cancellationToken = default) =>
        ExecuteAsync(new SnowflakeStatement(sql), cancellationToken);

    /// <summary>
    /// Runs several statements in one request (one session, so <c>BEGIN</c> ... <c>COMMIT</c> hold) and returns
    /// each statement's own result, in order.
    /// </summary>
    public async Task<IReadOnlyList<StatementResult>> ExecuteMultiStatementAsync(IReadOnlyList<string> statements, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statements);
        if (statements.Count == 0)
        {
            throw new ArgumentException("A multi-statement request needs at least one statement.", nameof(statements));
        }

        var sql = string.Join(";\n", statements.Select(s => s.Trim().TrimEnd(';').TrimEnd()));
        var parent = await ExecuteAsync(new SnowflakeStatement(sql) { StatementCount = statements.Count }, cancellationToken).ConfigureAwait(false);
        if (parent.StatementHandles.Count != statements.Count)
        {
            throw new SnowflakeRequestException(
                $"Snowflake returned {parent.StatementHandles.Count} statement handles for a request of {statements.Count} statements (handle {parent.StatementHandle}).",
                200,
                null,
                isTransient: false);
        }

        var results = new List<StatementResult>(statements.Count);
        foreach (var handle in parent.StatementHandles)
        {
            results.Add(await GetResultAsync(handle, cancellationToken).ConfigureAwait(false));
        }

        return results;
    }

    /// <summary>Waits for a submitted statement and returns its result (status polling and partitions included).</summary>
    public async Task<StatementResult> GetResultAsync(string statementHandle, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statementHandle);
        var response = await _transport.SendAsync(HttpMethod.Get, _ => HandleUri(statementHandle, null), null, statementHandle, cancellationToken).ConfigureAwait(false);
        return await FinishAsync(response, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Asks Snowflake to cancel a running statement.</summary>
    public async Task CancelAsync(string statementHandle, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statementHandle);
        var uri = new Uri(_base, $"{StatementsPath}/{Uri.EscapeDataString(statementHandle)}/cancel");
        var response = await _transport.SendAsync(HttpMethod.Post, _ => uri, [], statementHandle, cancellationToken).ConfigureAwait(false);
        if (response.Status != 200)
        {
            throw Failure(response, Parse(response));
        }
    }

    private async Task<StatementResult> FinishAsync(ApiResponse response, string? requestId, CancellationToken cancellationToken)
    {
        var pollDelay = _options.PollInitialDelay;
        while (true)
        {
            var body = Parse(response);
            switch (response.Status)
            {
                case 200:
                    return await ResultAsync(body, cancellationToken).ConfigureAwait(false);
                case 202:
                    // Still running (also in sync mode after ~45 s): poll the status URL until it settles.
                    var statusUri = StatusUri(body);
                    await Task.Delay(pollDelay, cancellationToken).ConfigureAwait(false);
                    pollDelay = TimeSpan.FromTicks(Math.Min(pollDelay.Ticks * 2, _options.PollMaxDelay.Ticks));
                    response = await _transport.SendAsync(HttpMethod.Get, _ => statusUri, null, requestId ?? body.StatementHandle ?? "", cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    throw Failure(response, body);
            }
        }
    }

    private async Task<StatementResult> ResultAsync(StatementResponseBody body, CancellationToken cancellationToken)
    {
        var handle = body.StatementHandle ?? throw Malformed("a result without statementHandle");
        var columns = (body.ResultSetMetaData?.RowType ?? [])
            .Select(c => new SnowflakeColumn(c.Name, c.Type.ToLowerInvariant(), c.Precision, c.Scale, c.Nullable))
            .ToArray();
        var partitions = body.ResultSetMetaData?.PartitionInfo ?? [];
        var rows = new List<IReadOnlyList<object?>>((int)Math.Min(body.ResultSetMetaData?.NumRows ?? 0, 1_000_000));
        AddRows(rows, columns, body.Data ?? [], handle, 0, partitions.Count > 0 ? partitions[0].RowCount : null);
        for (var partition = 1; partition < partitions.Count; partition++)
        {
            var uri = HandleUri(handle, partition);
            var response = await _transport.SendAsync(HttpMethod.Get, _ => uri, null, handle, cancellationToken).ConfigureAwait(false);
            if (response.Status != 200)
            {
                throw Failure(response, Parse(response));
            }

            AddRows(rows, columns, PartitionData(response.Body), handle, partition, partitions[partition].RowCount);
        }

        var stats = body.Stats is { } s
            ? new StatementStats(s.NumRowsInserted ?? 0, s.NumRowsUpdated ?? 0, s.NumRowsDeleted ?? 0, s.NumDuplicateRowsUpdated ?? 0)
            : null;
        return new StatementResult(handle, body.Code ?? "", body.Message ?? "", columns, rows, stats, body.StatementHandles ?? []);
    }

    private static void AddRows(List<IReadOnlyList<object?>> rows, SnowflakeColumn[] columns, List<List<string?>> data, string handle, int partition, long? expected)
    {
        if (expected is { } count && count != data.Count)
        {
            throw Malformed($"partition {partition} of statement {handle} with {data.Count} rows where partitionInfo announced {count}");
        }

        foreach (var cells in data)
        {
            if (cells.Count != columns.Length)
            {
                throw Malformed($"a row of {cells.Count} cells in statement {handle}, which has {columns.Length} columns");
            }

            var row = new object?[columns.Length];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = SnowflakeCellConverter.Convert(columns[i], cells[i]);
            }

            rows.Add(row);
        }
    }

    /// <summary>A later partition is either a bare array of rows or an object with <c>data</c>; both are accepted.</summary>
    private static List<List<string?>> PartitionData(byte[] body)
    {
        try
        {
            var start = Array.FindIndex(body, b => b is not ((byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'));
            return start >= 0 && body[start] == (byte)'['
                ? JsonSerializer.Deserialize(body, SnowflakeJsonContext.Default.ListListString) ?? []
                : JsonSerializer.Deserialize(body, SnowflakeJsonContext.Default.StatementResponseBody)?.Data ?? [];
        }
        catch (JsonException ex)
        {
            throw new SnowflakeRequestException($"A Snowflake result partition is not JSON: {SqlApiTransport.Excerpt(body)}", ex);
        }
    }

    private StatementRequestBody RequestBody(SnowflakeStatement statement)
    {
        if (statement.StatementCount < 1)
        {
            throw new ArgumentException($"StatementCount must be at least 1; it is {statement.StatementCount}.", nameof(statement));
        }

        var parameters = new Dictionary<string, string>(statement.Parameters, StringComparer.OrdinalIgnoreCase)
        {
            ["MULTI_STATEMENT_COUNT"] = statement.StatementCount.ToString(CultureInfo.InvariantCulture),
        };
        if (_options.QueryTag is { } tag)
        {
            parameters.TryAdd("QUERY_TAG", tag);
        }

        return new StatementRequestBody
        {
            Statement = statement.Sql,
            Timeout = _options.StatementTimeoutSeconds,
            Database = _options.Database,
            Schema = _options.Schema,
            Warehouse = _options.Warehouse,
            Role = _options.Role,
            Bindings = statement.Bindings.Count == 0
                ? null
                : statement.Bindings
                    .Select((b, i) => (Key: (i + 1).ToString(CultureInfo.InvariantCulture), Value: new BindingBody { Type = b.Type, Value = b.Value }))
                    .ToDictionary(p => p.Key, p => p.Value),
            Parameters = parameters,
        };
    }

    private Uri SubmitUri(string requestId, bool retry) =>
        new(_base, $"{StatementsPath}?requestId={requestId}&async=false{(retry ? "&retry=true" : "")}");

    private Uri HandleUri(string handle, int? partition) =>
        new(_base, $"{StatementsPath}/{Uri.EscapeDataString(handle)}{(partition is { } p ? "?partition=" + p.ToString(CultureInfo.InvariantCulture) : "")}");

    private Uri StatusUri(StatementResponseBody body) =>
        body.StatementStatusUrl is { Length: > 0 } url ? new Uri(_base, url)
        : body.StatementHandle is { Length: > 0 } handle ? HandleUri(handle, null)
        : throw Malformed("a 202 answer without statementHandle or statementStatusUrl");

    private static StatementResponseBody Parse(ApiResponse response)
    {
        try
        {
            return JsonSerializer.Deserialize(response.Body, SnowflakeJsonContext.Default.StatementResponseBody)
                ?? throw Malformed($"an HTTP {response.Status} answer with a null body");
        }
        catch (JsonException ex)
        {
            throw new SnowflakeRequestException($"The Snowflake SQL API answered HTTP {response.Status} with a body that is not JSON: {SqlApiTransport.Excerpt(response.Body)}", ex);
        }
    }

    private static Exception Failure(ApiResponse response, StatementResponseBody body) => response.Status is 422 or 408
        ? new SnowflakeStatementException(response.Status, body.Code ?? "", body.SqlState, body.Message ?? "(no message)", body.StatementHandle)
        : new SnowflakeRequestException($"The Snowflake SQL API answered HTTP {response.Status}: {SqlApiTransport.Excerpt(response.Body)}", response.Status, null, isTransient: false);

    private static SnowflakeRequestException Malformed(string what) =>
        new($"The Snowflake SQL API sent {what}.", 200, null, isTransient: false);
}

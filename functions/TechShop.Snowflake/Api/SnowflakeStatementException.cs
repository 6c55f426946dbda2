namespace TechShop.Snowflake.Api;

/// <summary>
/// Snowflake ran the statement and it failed (422), or it was cancelled on its timeout (408). Permanent for the
/// same SQL: the client never retries it.
/// </summary>
public sealed class SnowflakeStatementException : Exception
{
    public SnowflakeStatementException(int httpStatus, string code, string? sqlState, string message, string? statementHandle)
        : base($"Snowflake statement {statementHandle ?? "(no handle)"} failed with code {code}, SQL state {sqlState ?? "-"}: {message}")
    {
        HttpStatus = httpStatus;
        Code = code;
        SqlState = sqlState;
        SnowflakeMessage = message;
        StatementHandle = statementHandle;
    }

    public SnowflakeStatementException()
        : this(0, "", null, "", null)
    {
    }

    public SnowflakeStatementException(string message)
        : this(0, "", null, message, null)
    {
    }

    public SnowflakeStatementException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "";
        SnowflakeMessage = message;
    }

    /// <summary>422 (the SQL failed) or 408 (cancelled on its timeout).</summary>
    public int HttpStatus { get; }

    /// <summary>Snowflake's error code, for example <c>002003</c> (object does not exist).</summary>
    public string Code { get; }

    /// <summary>The ANSI SQL state, for example <c>42S02</c>.</summary>
    public string? SqlState { get; }

    /// <summary>Snowflake's own message.</summary>
    public string SnowflakeMessage { get; }

    /// <summary>The statement's handle, to look it up in the query history.</summary>
    public string? StatementHandle { get; }
}

namespace TechShop.Snowflake.Api;

/// <summary>
/// The SQL API refused a request (400, 401 after a renewed token, 403, 404, 415, ...) or a transient failure
/// outlasted the retries. <see cref="IsTransient"/> tells the caller whether a later retry may succeed.
/// </summary>
public sealed class SnowflakeRequestException : Exception
{
    public SnowflakeRequestException(string message, int? httpStatus, string? requestId, bool isTransient, Exception? innerException = null)
        : base(message, innerException)
    {
        HttpStatus = httpStatus;
        RequestId = requestId;
        IsTransient = isTransient;
    }

    public SnowflakeRequestException()
        : this("The Snowflake request failed.", null, null, false)
    {
    }

    public SnowflakeRequestException(string message)
        : this(message, null, null, false)
    {
    }

    public SnowflakeRequestException(string message, Exception innerException)
        : this(message, null, null, false, innerException)
    {
    }

    /// <summary>The last HTTP status, or null when no response arrived (transport error, timeout).</summary>
    public int? HttpStatus { get; }

    /// <summary>The requestId of the submission; resubmitting with it and retry=true never runs the statement twice.</summary>
    public string? RequestId { get; }

    /// <summary>True when the failure was throttling, a timeout or a server error that outlasted the retries.</summary>
    public bool IsTransient { get; }
}

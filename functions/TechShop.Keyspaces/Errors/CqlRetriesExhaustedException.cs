namespace TechShop.Keyspaces.Errors;

/// <summary>A transient failure persisted through every allowed attempt; the caller reports the record for redelivery.</summary>
public sealed class CqlRetriesExhaustedException : CqlException
{
    public CqlRetriesExhaustedException(int attempts, CqlException lastError)
        : base($"gave up after {attempts} attempts; last error: {lastError.Message}", lastError)
    {
        Attempts = attempts;
        LastError = lastError;
    }

    /// <summary>How many times the request was sent.</summary>
    public int Attempts { get; }

    /// <summary>The failure of the final attempt.</summary>
    public CqlException LastError { get; }

    /// <inheritdoc />
    public override bool IsTransient => true;
}

namespace TechShop.Core.Realtime;

/// <summary>
/// A realtime store write or read that failed for a reason that may pass (throttling, timeout, a busy database):
/// the caller retries it, and reports the records as failed if it persists, never dead-letters them.
/// </summary>
public sealed class TransientStoreException : Exception
{
    public TransientStoreException()
    {
    }

    public TransientStoreException(string message)
        : base(message)
    {
    }

    public TransientStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

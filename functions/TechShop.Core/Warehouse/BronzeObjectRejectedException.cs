namespace TechShop.Core.Warehouse;

/// <summary>
/// A lake object that can never load as it is (malformed JSON, a value of the wrong type, a missing file, an
/// entity without a bronze table): permanent, so the bronze-load handler quarantines it instead of retrying.
/// Nothing of the object was loaded.
/// </summary>
public sealed class BronzeObjectRejectedException : Exception
{
    public BronzeObjectRejectedException(BronzeObject source, string reason, Exception? innerException = null)
        : base($"Bronze load of s3://{source?.Bucket}/{source?.Key} (etag {source?.ETag}, entity '{source?.Entity}') was rejected: {reason}", innerException)
    {
        ArgumentNullException.ThrowIfNull(source);
        RejectedObject = source;
        Reason = reason;
    }

    public BronzeObjectRejectedException()
    {
        RejectedObject = new BronzeObject(string.Empty, string.Empty, string.Empty, string.Empty, BronzeFormat.JsonLines);
        Reason = string.Empty;
    }

    public BronzeObjectRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
        RejectedObject = new BronzeObject(string.Empty, string.Empty, string.Empty, string.Empty, BronzeFormat.JsonLines);
        Reason = message;
    }

    /// <summary>The object that was rejected.</summary>
    public BronzeObject RejectedObject { get; }

    /// <summary>What was wrong, in words that name the line or value where the engine says.</summary>
    public string Reason { get; }
}

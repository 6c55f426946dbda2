namespace TechShop.Core.Warehouse;

/// <summary>
/// What a bronze load did: loaded rows; nothing because the audit had the object already; or nothing because the
/// object was overwritten since its notification (<see cref="Superseded"/>).
/// </summary>
public sealed record BronzeLoadOutcome(BronzeObject Source, long RowsLoaded, bool AlreadyLoaded)
{
    /// <summary>
    /// The object's ETag in the lake when the load found it overwritten since the notification (the version named by
    /// <see cref="BronzeObject.ETag"/> can no longer be read); null when it was not.
    /// </summary>
    public string? SupersededByETag { get; init; }

    /// <summary>True when nothing was loaded because the object was overwritten since its notification: the newer version has a notification of its own.</summary>
    public bool Superseded => SupersededByETag is not null;

    /// <summary>The outcome for an object overwritten since its notification: nothing loaded, not in the audit.</summary>
    public static BronzeLoadOutcome SupersededBy(BronzeObject source, string currentETag)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(currentETag);
        return new BronzeLoadOutcome(source, 0, AlreadyLoaded: false) { SupersededByETag = currentETag };
    }
}

namespace TechShop.Functions.ColdPath;

/// <summary>What bronze-load did with one notification record.</summary>
public enum BronzeRecordStatus
{
    /// <summary>The object's rows were loaded into bronze.</summary>
    Loaded = 0,

    /// <summary>The load audit already had (bucket, key, ETag): a duplicate notification or a retry; nothing written.</summary>
    AlreadyLoaded = 1,

    /// <summary>The object can never load: moved below <c>quarantine/</c> with a reason object beside it.</summary>
    Quarantined = 2,

    /// <summary>
    /// Not a bronze input (a key outside <c>raw/batch/</c> and <c>raw/stream/</c>, or not an ObjectCreated event), or an
    /// object overwritten since its notification (the reason says "superseded"; the newer version has its own).
    /// </summary>
    Skipped = 3,

    /// <summary>The object is gone and was never loaded nor quarantined (deleted before the notification was handled).</summary>
    Missing = 4,
}

using TechShop.Avro.Events;
using TechShop.Avro.Streaming;
using TechShop.Core.Streaming;
using TechShop.Functions.HotPath;
using TechShop.Local.Lake;
using TechShop.Local.Realtime;
using TechShop.Local.Registry;

namespace TechShop.Local.Invoke;

/// <summary>
/// The hot path's handlers over one local data directory: schemas from the embedded registry's persisted state
/// (<c>registry/</c>), the SQLite realtime store (<c>realtime.db</c>, opened on first use), and the folder lake
/// (<c>lake/techshop-lake</c>) for dead letters and archive files.
/// </summary>
public static class LocalHotPathHandlers
{
    /// <summary>The lake bucket of local runs.</summary>
    public const string LakeBucket = "techshop-lake";

    /// <summary><c>stream-enrich</c> over the data directory.</summary>
    public static StreamEnrichHandler CreateStreamEnrich(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        var registry = new PersistedSchemaRegistryClient(Path.Combine(dataDirectory, "registry"));
        var store = new LazyRealtimeStore(async ct => await SqliteRealtimeStore.OpenAsync(dataDirectory, cancellationToken: ct));
        return new StreamEnrichHandler(
            new AvroStreamRecordDecoder(new EventDecoder(registry)), store, new LakeDeadLetterSink(Lake(dataDirectory)));
    }

    /// <summary><c>stream-archive</c> into the data directory's folder lake.</summary>
    public static StreamArchiveHandler CreateStreamArchive(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        return new StreamArchiveHandler(Lake(dataDirectory));
    }

    private static FolderLake Lake(string dataDirectory) => new(Path.Combine(dataDirectory, "lake"), LakeBucket);
}

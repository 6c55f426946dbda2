namespace TechShop.Core.Lake;

/// <summary>The lake port: one bucket of objects addressed by <see cref="LakeKey"/> keys.</summary>
public interface ILake
{
    /// <summary>The bucket this lake reads and writes.</summary>
    string Bucket { get; }

    /// <summary>Writes (or overwrites) an object; the same key and bytes give the same ETag.</summary>
    Task<LakeObjectInfo> PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default);

    /// <summary>Reads a whole object, or null when there is none at <paramref name="key"/>.</summary>
    Task<LakeObject?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Lists the objects whose keys start with <paramref name="prefix"/>, in key order.</summary>
    IAsyncEnumerable<LakeObjectInfo> ListAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>Moves an object to another key (copy, then delete the source).</summary>
    Task MoveAsync(string sourceKey, string destinationKey, CancellationToken cancellationToken = default);
}

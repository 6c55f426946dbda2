using TechShop.Core.Lake;

namespace TechShop.Functions.Tests.HotPath;

/// <summary>A lake whose puts of matching keys fail as an S3 outage would; everything else goes to the inner lake.</summary>
internal sealed class FailingLake(ILake inner, string failKeysContaining) : ILake
{
    public string Bucket => inner.Bucket;

    public Task<LakeObjectInfo> PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default) =>
        key.Contains(failKeysContaining, StringComparison.Ordinal)
            ? throw new IOException($"PUT {key}: 503 Slow Down (test)")
            : inner.PutAsync(key, content, contentType, cancellationToken);

    public Task<LakeObject?> GetAsync(string key, CancellationToken cancellationToken = default) => inner.GetAsync(key, cancellationToken);

    public IAsyncEnumerable<LakeObjectInfo> ListAsync(string prefix, CancellationToken cancellationToken = default) => inner.ListAsync(prefix, cancellationToken);

    public Task MoveAsync(string sourceKey, string destinationKey, CancellationToken cancellationToken = default) => inner.MoveAsync(sourceKey, destinationKey, cancellationToken);
}

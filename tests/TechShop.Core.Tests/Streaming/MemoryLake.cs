using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using TechShop.Core.Lake;

namespace TechShop.Core.Tests.Streaming;

/// <summary>A lake in memory; it can be told to fail the next puts.</summary>
internal sealed class MemoryLake : ILake
{
    public SortedDictionary<string, byte[]> Objects { get; } = new(StringComparer.Ordinal);

    public int FailNextPuts { get; set; }

    public string Bucket => "techshop-lake-test";

    public async Task<LakeObjectInfo> PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        if (FailNextPuts > 0)
        {
            FailNextPuts--;
            throw new IOException($"Put of {key} failed: connection reset.");
        }

        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        Objects[key] = buffer.ToArray();
        return Info(key);
    }

    public Task<LakeObject?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(Objects.TryGetValue(key, out var bytes) ? new LakeObject(Info(key), bytes) : null);

    public async IAsyncEnumerable<LakeObjectInfo> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        foreach (var key in Objects.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList())
        {
            yield return Info(key);
        }
    }

    public Task MoveAsync(string sourceKey, string destinationKey, CancellationToken cancellationToken = default)
    {
        Objects[destinationKey] = Objects[sourceKey];
        Objects.Remove(sourceKey);
        return Task.CompletedTask;
    }

    private LakeObjectInfo Info(string key) => new(key, Objects[key].Length, Convert.ToHexStringLower(SHA256.HashData(Objects[key]))[..32]);
}

using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using TechShop.Core.Lake;

namespace TechShop.Snowflake.Tests;

/// <summary>An in-memory lake that records every read and write; ETags are the content's MD5, as S3's for a single PUT.</summary>
internal sealed class MemoryLake(string bucket) : ILake
{
    private readonly ConcurrentDictionary<string, byte[]> _objects = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Key, byte[] Content, string ContentType)> _puts = new();
    private readonly ConcurrentQueue<string> _gets = new();

    public string Bucket => bucket;

    public IReadOnlyList<(string Key, byte[] Content, string ContentType)> Puts => _puts.ToArray();

    public IReadOnlyList<string> Gets => _gets.ToArray();

    public static string ETagOf(byte[] content) => Convert.ToHexStringLower(MD5.HashData(content));

    /// <summary>Places an object without recording it as a write of the code under test.</summary>
    public string Seed(string key, byte[] content)
    {
        _objects[key] = content;
        return ETagOf(content);
    }

    public async Task<LakeObjectInfo> PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, cancellationToken);
        var bytes = copy.ToArray();
        _objects[key] = bytes;
        _puts.Enqueue((key, bytes, contentType));
        return new LakeObjectInfo(key, bytes.Length, ETagOf(bytes));
    }

    public Task<LakeObject?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        _gets.Enqueue(key);
        return Task.FromResult(_objects.TryGetValue(key, out var bytes) ? new LakeObject(new LakeObjectInfo(key, bytes.Length, ETagOf(bytes)), bytes) : null);
    }

    public async IAsyncEnumerable<LakeObjectInfo> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        foreach (var (key, bytes) in _objects.Where(o => o.Key.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            yield return new LakeObjectInfo(key, bytes.Length, ETagOf(bytes));
        }
    }

    public Task MoveAsync(string sourceKey, string destinationKey, CancellationToken cancellationToken = default)
    {
        if (!_objects.TryRemove(sourceKey, out var bytes))
        {
            throw new FileNotFoundException($"No object {sourceKey} in the test lake.");
        }

        _objects[destinationKey] = bytes;
        return Task.CompletedTask;
    }
}

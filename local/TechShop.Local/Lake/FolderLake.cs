using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using TechShop.Core.Lake;

namespace TechShop.Local.Lake;

/// <summary>
/// The embedded lake: one folder per bucket (<c>&lt;root&gt;/&lt;bucket&gt;/&lt;key&gt;</c>). Writes are atomic (temp file + rename),
/// ETags are the MD5 of the content as S3 gives for single-part uploads, and every created object is announced to the
/// notification sink the way an S3 bucket notification would announce it.
/// </summary>
public sealed class FolderLake : ILake
{
    private const string TempSuffix = ".partial";
    private readonly string _bucketRoot;
    private readonly ILakeNotificationSink? _notifications;
    private readonly TimeProvider _time;
    private long _sequence;

    public FolderLake(string root, string bucket, ILakeNotificationSink? notifications = null, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        ArgumentException.ThrowIfNullOrWhiteSpace(bucket);
        Bucket = bucket;
        _bucketRoot = Path.GetFullPath(Path.Combine(root, bucket));
        _notifications = notifications;
        _time = time ?? TimeProvider.System;
        Directory.CreateDirectory(_bucketRoot);
    }

    public string Bucket { get; }

    /// <summary>The folder that holds this bucket's objects.</summary>
    public string BucketRoot => _bucketRoot;

    /// <summary>The local file behind a key (whether or not it exists).</summary>
    public string PathOf(string key)
    {
        if (string.IsNullOrEmpty(key))
        {
            throw new InvalidLakeKeyException(key, "it is empty");
        }

        if (key.StartsWith('/') || key.Contains('\\', StringComparison.Ordinal))
        {
            throw new InvalidLakeKeyException(key, "it must be a relative key with '/' separators");
        }

        if (key.Split('/').Any(segment => segment is "" or "." or ".."))
        {
            throw new InvalidLakeKeyException(key, "it has an empty, '.' or '..' segment");
        }

        if (key.EndsWith(TempSuffix, StringComparison.Ordinal))
        {
            throw new InvalidLakeKeyException(key, $"keys ending in '{TempSuffix}' are reserved for writes in progress");
        }

        return Path.Combine(_bucketRoot, key.Replace('/', Path.DirectorySeparatorChar));
    }

    public async Task<LakeObjectInfo> PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + "." + Guid.NewGuid().ToString("N") + TempSuffix;
        byte[] hash;
        long size;
        await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                md5.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            await file.FlushAsync(cancellationToken);
            size = file.Length;
            hash = md5.GetHashAndReset();
        }

        File.Move(temp, path, overwrite: true);
        var info = new LakeObjectInfo(key, size, Convert.ToHexStringLower(hash));
        await AnnounceAsync("ObjectCreated:Put", info, cancellationToken);
        return info;
    }

    public async Task<LakeObject?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return null;
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return new LakeObject(new LakeObjectInfo(key, bytes.LongLength, Convert.ToHexStringLower(MD5.HashData(bytes))), bytes);
    }

    public async IAsyncEnumerable<LakeObjectInfo> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var keys = Directory.EnumerateFiles(_bucketRoot, "*", SearchOption.AllDirectories)
            .Where(p => !p.EndsWith(TempSuffix, StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(_bucketRoot, p).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(k => k.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = PathOf(key);
            await using var file = File.OpenRead(path);
            var hash = await MD5.HashDataAsync(file, cancellationToken);
            yield return new LakeObjectInfo(key, file.Length, Convert.ToHexStringLower(hash));
        }
    }

    public async Task MoveAsync(string sourceKey, string destinationKey, CancellationToken cancellationToken = default)
    {
        var source = PathOf(sourceKey);
        var destination = PathOf(destinationKey);
        if (!File.Exists(source))
        {
            throw new FileNotFoundException($"Lake object '{sourceKey}' does not exist in bucket '{Bucket}'.", source);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        File.Move(source, destination, overwrite: true);
        var bytes = await File.ReadAllBytesAsync(destination, cancellationToken);
        var info = new LakeObjectInfo(destinationKey, bytes.LongLength, Convert.ToHexStringLower(MD5.HashData(bytes)));
        await AnnounceAsync("ObjectCreated:Copy", info, cancellationToken);
    }

    private Task AnnounceAsync(string eventName, LakeObjectInfo info, CancellationToken cancellationToken)
    {
        if (_notifications is null)
        {
            return Task.CompletedTask;
        }

        // S3 sequencers are hex strings that order events on the same key; a process-wide counter keeps that order.
        var sequencer = Interlocked.Increment(ref _sequence).ToString("X16", CultureInfo.InvariantCulture);
        var notification = new LakeNotification(eventName, Bucket, info.Key, info.Size, info.ETag, sequencer, _time.GetUtcNow().UtcDateTime);
        return _notifications.NotifyAsync(notification, cancellationToken);
    }
}

using System.Text.Json;
using TechShop.Core.Lake;
using TechShop.Core.Warehouse;

namespace TechShop.Functions.ColdPath;

/// <summary>
/// Moves a file that can never load to <c>quarantine/&lt;key&gt;</c> and writes why beside it, at the deterministic key
/// <c>quarantine/&lt;key&gt;.reason.json</c>; repeating it (a retried or duplicate notification) changes nothing.
/// </summary>
public sealed class LakeQuarantine(ILake lake, TimeProvider? time = null)
{
    private readonly ILake _lake = lake ?? throw new ArgumentNullException(nameof(lake));
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>The key of the reason object of a quarantined <paramref name="originalKey"/>.</summary>
    public static string ReasonKey(string originalKey) => LakeKey.Quarantine(originalKey) + ".reason.json";

    /// <summary>
    /// Quarantines <paramref name="source"/>: the reason first, then the move, so a crash in between leaves the file
    /// where the retry finds it. Returns the quarantine key, or null when neither the file nor a quarantined copy exists.
    /// </summary>
    public async Task<string?> QuarantineAsync(BronzeObject source, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var destination = LakeKey.Quarantine(source.Key);
        if (!await ExistsAsync(source.Key, cancellationToken).ConfigureAwait(false))
        {
            return await ExistsAsync(destination, cancellationToken).ConfigureAwait(false) ? destination : null;
        }

        var record = new QuarantineReason(source.Bucket, source.Key, source.ETag, source.Entity, reason, destination, _time.GetUtcNow().UtcDateTime);
        using (var content = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(record, ColdPathJsonContext.Default.QuarantineReason), writable: false))
        {
            await _lake.PutAsync(ReasonKey(source.Key), content, "application/json", cancellationToken).ConfigureAwait(false);
        }

        await _lake.MoveAsync(source.Key, destination, cancellationToken).ConfigureAwait(false);
        return destination;
    }

    /// <summary>True when an object exists at exactly <paramref name="key"/>.</summary>
    public async Task<bool> ExistsAsync(string key, CancellationToken cancellationToken)
    {
        await foreach (var info in _lake.ListAsync(key, cancellationToken).ConfigureAwait(false))
        {
            if (string.Equals(info.Key, key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

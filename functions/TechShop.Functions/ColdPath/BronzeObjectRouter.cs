using TechShop.Core.Lake;
using TechShop.Core.Warehouse;

namespace TechShop.Functions.ColdPath;

/// <summary>
/// Maps a lake key to the bronze object it loads as: <c>raw/batch/&lt;entity&gt;/...</c> is a JSON Lines extract of
/// <c>BRONZE.&lt;ENTITY&gt;</c>, <c>raw/stream/&lt;topic&gt;/...</c> an Avro container of <c>BRONZE.STREAM_&lt;TOPIC&gt;</c>;
/// any other key is not a bronze input (null).
/// </summary>
public static class BronzeObjectRouter
{
    /// <summary>The bronze object of <paramref name="key"/> (decoded, plain), or null when the key is not below a raw prefix.</summary>
    public static BronzeObject? Route(string bucket, string key, string eTag)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.EndsWith('/'))
        {
            return null;
        }

        if (FirstSegmentAfter(key, LakeKey.RawBatchPrefix) is { } entity)
        {
            return new BronzeObject(bucket, key, eTag, entity, BronzeFormat.JsonLines);
        }

        if (FirstSegmentAfter(key, LakeKey.RawStreamPrefix) is { } topic)
        {
            return new BronzeObject(bucket, key, eTag, StreamEntity(topic), BronzeFormat.AvroContainer);
        }

        return null;
    }

    /// <summary>The bronze entity of a topic's archive: <c>stream_</c> + the topic with dashes as underscores (<c>fx-rates</c> → <c>stream_fx_rates</c>).</summary>
    public static string StreamEntity(string topic)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        return "stream_" + topic.Replace('-', '_');
    }

    // The entity is the segment right after the prefix and must be followed by more key (a file below it).
    private static string? FirstSegmentAfter(string key, string prefix)
    {
        if (!key.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var slash = key.IndexOf('/', prefix.Length);
        return slash > prefix.Length && slash < key.Length - 1 ? key[prefix.Length..slash] : null;
    }
}

using System.Net;
using System.Text.Json.Serialization;

namespace TechShop.Lambda.Events.S3;

/// <summary>The object of a notification record.</summary>
public sealed record S3ObjectEntity
{
    /// <summary>The key as S3 sends it: form-URL-encoded (space as <c>+</c>, a literal plus as <c>%2B</c>).</summary>
    [JsonPropertyName("key")]
    public required string Key { get; init; }

    /// <summary>Bytes. Absent for delete events.</summary>
    [JsonPropertyName("size")]
    public long Size { get; init; }

    [JsonPropertyName("eTag")]
    public string? ETag { get; init; }

    /// <summary>Only for buckets with versioning enabled.</summary>
    [JsonPropertyName("versionId")]
    public string? VersionId { get; init; }

    /// <summary>Orders events of the same key; compare with <see cref="S3Sequencer.Compare"/>.</summary>
    [JsonPropertyName("sequencer")]
    public string? Sequencer { get; init; }

    /// <summary>The object key, form-decoded (<c>+</c> to space, <c>%2B</c> to plus, <c>%C3%A9</c> to é).</summary>
    [JsonIgnore]
    public string KeyDecoded => WebUtility.UrlDecode(Key);
}

using System.Text.Json.Serialization;

namespace TechShop.Lambda.Events.S3;

/// <summary>Who caused the event (<c>userIdentity</c>) or owns the bucket (<c>ownerIdentity</c>).</summary>
public sealed record S3UserIdentity
{
    [JsonPropertyName("principalId")]
    public string? PrincipalId { get; init; }
}

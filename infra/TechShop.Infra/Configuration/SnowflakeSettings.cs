namespace TechShop.Infra.Configuration;

/// <summary>Snowflake target defaults (overridable at deploy as stack parameters) and the storage integration trust.</summary>
public sealed record SnowflakeSettings
{
    public string? Account { get; init; }
    public string? User { get; init; }
    public string? Role { get; init; }
    public string? Warehouse { get; init; }
    public string? Database { get; init; }
    public required string Stage { get; init; }
    public required string ExternalId { get; init; }

    /// <summary>STORAGE_AWS_IAM_USER_ARN from DESC INTEGRATION; null until known (the role then trusts this account).</summary>
    public string? IamUserArn { get; init; }
}

namespace TechShop.Snowflake.Secrets;

/// <summary>AWS credentials for SigV4; <see cref="SessionToken"/> is set for temporary credentials (as in Lambda).</summary>
public sealed record AwsCredentials(string AccessKeyId, string SecretAccessKey, string? SessionToken)
{
    /// <summary>Keeps the secret key out of logs and exception messages.</summary>
    public override string ToString() => $"AwsCredentials {{ AccessKeyId = {AccessKeyId}, SecretAccessKey = ***, SessionToken = {(SessionToken is null ? "none" : "***")} }}";
}

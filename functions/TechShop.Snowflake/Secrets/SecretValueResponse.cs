using System.Text.Json.Serialization;

namespace TechShop.Snowflake.Secrets;

/// <summary>The fields of a GetSecretValue answer this project reads (the extension returns the same JSON).</summary>
internal sealed class SecretValueResponse
{
    [JsonPropertyName("ARN")]
    public string? Arn { get; set; }

    [JsonPropertyName("Name")]
    public string? Name { get; set; }

    [JsonPropertyName("SecretString")]
    public string? SecretString { get; set; }

    [JsonPropertyName("SecretBinary")]
    public string? SecretBinary { get; set; }
}

/// <summary>The GetSecretValue request body.</summary>
internal sealed class SecretValueRequest
{
    [JsonPropertyName("SecretId")]
    public required string SecretId { get; init; }
}

/// <summary>An AWS JSON protocol error body: <c>__type</c> and <c>message</c> (or <c>Message</c>).</summary>
internal sealed class AwsErrorResponse
{
    [JsonPropertyName("__type")]
    public string? Type { get; set; }

    [JsonPropertyName("message")]
    public string? Message { get; set; }

    [JsonPropertyName("Message")]
    public string? MessageUpper { get; set; }
}

/// <summary>A Snowflake key secret stored as JSON instead of a bare PEM.</summary>
internal sealed class KeySecretDocument
{
    [JsonPropertyName("private_key")]
    public string? PrivateKey { get; set; }

    [JsonPropertyName("private_key_passphrase")]
    public string? Passphrase { get; set; }
}

/// <summary>Source-generated serialization of the Secrets Manager bodies.</summary>
[JsonSerializable(typeof(SecretValueResponse))]
[JsonSerializable(typeof(SecretValueRequest))]
[JsonSerializable(typeof(AwsErrorResponse))]
[JsonSerializable(typeof(KeySecretDocument))]
internal sealed partial class SecretsJsonContext : JsonSerializerContext;

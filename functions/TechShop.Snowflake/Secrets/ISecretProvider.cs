namespace TechShop.Snowflake.Secrets;

/// <summary>Reads a secret's string value by id (ARN or name); tests and local runs plug in their own.</summary>
public interface ISecretProvider
{
    /// <summary>The <c>SecretString</c> of the secret's current version.</summary>
    Task<string> GetSecretStringAsync(string secretId, CancellationToken cancellationToken = default);
}

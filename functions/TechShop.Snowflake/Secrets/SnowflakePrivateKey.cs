using System.Security.Cryptography;
using System.Text.Json;

namespace TechShop.Snowflake.Secrets;

/// <summary>
/// The Snowflake private key held in a secret: a PKCS#8 PEM (<c>PRIVATE KEY</c>, or <c>ENCRYPTED PRIVATE KEY</c>),
/// either as the whole secret string or as JSON <c>{"private_key": "...", "private_key_passphrase": "..."}</c>.
/// </summary>
public static class SnowflakePrivateKey
{
    /// <summary>Reads the secret and imports the key.</summary>
    public static async Task<RSA> LoadAsync(ISecretProvider secrets, string secretId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        var secret = await secrets.GetSecretStringAsync(secretId, cancellationToken).ConfigureAwait(false);
        return Import(secret, secretId);
    }

    /// <summary>Imports the key from the secret's string; the message names the secret, never its content.</summary>
    public static RSA Import(string secretString, string secretId)
    {
        ArgumentNullException.ThrowIfNull(secretString);
        var pem = secretString.Trim();
        string? passphrase = null;
        if (pem.StartsWith('{'))
        {
            KeySecretDocument? document;
            try
            {
                document = JsonSerializer.Deserialize(pem, SecretsJsonContext.Default.KeySecretDocument);
            }
            catch (JsonException ex)
            {
                throw new SecretNotAvailableException($"Secret {secretId} starts like JSON but is not valid JSON; expected a PEM or {{\"private_key\": ...}}.", ex);
            }

            pem = document?.PrivateKey?.Trim() ?? throw new SecretNotAvailableException($"Secret {secretId} is JSON without a \"private_key\" field.");
            passphrase = document.Passphrase;
        }

        var encrypted = pem.Contains("-----BEGIN ENCRYPTED PRIVATE KEY-----", StringComparison.Ordinal);
        if (!encrypted && !pem.Contains("-----BEGIN PRIVATE KEY-----", StringComparison.Ordinal))
        {
            throw new SecretNotAvailableException($"Secret {secretId} holds no PKCS#8 PEM (expected -----BEGIN PRIVATE KEY----- or -----BEGIN ENCRYPTED PRIVATE KEY-----).");
        }

        if (encrypted && string.IsNullOrEmpty(passphrase))
        {
            throw new SecretNotAvailableException($"Secret {secretId} holds an encrypted private key but no \"private_key_passphrase\".");
        }

        var rsa = RSA.Create();
        try
        {
            if (encrypted)
            {
                rsa.ImportFromEncryptedPem(pem, passphrase);
            }
            else
            {
                rsa.ImportFromPem(pem);
            }

            return rsa;
        }
        catch (CryptographicException ex)
        {
            rsa.Dispose();
            throw new SecretNotAvailableException($"Secret {secretId} holds a PEM that is not a readable RSA private key (wrong passphrase or key type): {ex.Message}", ex);
        }
        catch (ArgumentException ex)
        {
            rsa.Dispose();
            throw new SecretNotAvailableException($"Secret {secretId} holds a PEM that could not be decoded: {ex.Message}", ex);
        }
    }
}

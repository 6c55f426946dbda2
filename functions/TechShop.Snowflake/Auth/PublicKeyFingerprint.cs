using System.Security.Cryptography;

namespace TechShop.Snowflake.Auth;

/// <summary>Snowflake's key fingerprint: <c>SHA256:</c> + base64 of SHA-256 over the DER SubjectPublicKeyInfo (= RSA_PUBLIC_KEY_FP).</summary>
public static class PublicKeyFingerprint
{
    /// <summary>The fingerprint of the key's public half, as <c>DESCRIBE USER</c> shows it.</summary>
    public static string Of(RSA key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return "SHA256:" + Convert.ToBase64String(SHA256.HashData(key.ExportSubjectPublicKeyInfo()));
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Amazon.Runtime;

namespace TechShop.Keyspaces.Auth;

/// <summary>The Keyspaces SigV4 token: a presigned <c>PUT /authenticate</c> over the server's nonce.</summary>
public static class SigV4Signature
{
    private const string Service = "cassandra";

    /// <summary>The AUTH_RESPONSE text: <c>signature=..,access_key=..,amzdate=..[,session_token=..]</c>.</summary>
    public static string Response(string nonce, ImmutableCredentials credentials, string region, DateTimeOffset now)
    {
        var utc = now.UtcDateTime;
        var amzDate = utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var signature = Signature(nonce, credentials.AccessKey, credentials.SecretKey, region.ToLowerInvariant(), utc);
        var response = $"signature={signature},access_key={credentials.AccessKey},amzdate={amzDate}";
        return credentials.UseToken ? $"{response},session_token={credentials.Token}" : response;
    }

    /// <summary>Lower-case hex HMAC-SHA256 signature of the canonical request for <paramref name="nonce"/>.</summary>
    public static string Signature(string nonce, string accessKey, string secretKey, string region, DateTime utc)
    {
        var amzDate = utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var day = utc.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var scope = $"{day}/{region}/{Service}/aws4_request";
        var query = string.Join('&', new[]
        {
            "X-Amz-Algorithm=AWS4-HMAC-SHA256",
            $"X-Amz-Credential={accessKey}%2F{Uri.EscapeDataString(scope)}",
            $"X-Amz-Date={Uri.EscapeDataString(amzDate)}",
            "X-Amz-Expires=900",
        }.Order(StringComparer.Ordinal));
        var canonical = $"PUT\n/authenticate\n{query}\nhost:{Service}\n\nhost\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(nonce)))}";
        var stringToSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";

        var key = HMACSHA256.HashData(Encoding.UTF8.GetBytes("AWS4" + secretKey), Encoding.UTF8.GetBytes(day));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(region));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(Service));
        key = HMACSHA256.HashData(key, "aws4_request"u8);
        return Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
    }

    /// <summary>Extracts the nonce from a challenge such as <c>nonce=abc,other=x</c>; null when absent.</summary>
    public static string? Nonce(string challenge)
    {
        foreach (var part in challenge.Split(','))
        {
            if (part.StartsWith("nonce=", StringComparison.Ordinal))
            {
                return part["nonce=".Length..];
            }
        }

        return null;
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}

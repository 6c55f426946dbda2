using System.Security.Cryptography;
using System.Text;

namespace TechShop.Keyspaces.Tests.Server;

/// <summary>The Keyspaces SigV4 recipe of PROTOCOLS.md §5.2, written out literally for the server side of tests.</summary>
internal static class IndependentSigV4
{
    public static string Signature(string nonce, string accessKey, string secretKey, string region, string amzDate)
    {
        var day = amzDate[..10].Replace("-", "", StringComparison.Ordinal);
        var encodedDate = amzDate.Replace(":", "%3A", StringComparison.Ordinal);
        var canonical =
            "PUT\n/authenticate\n" +
            "X-Amz-Algorithm=AWS4-HMAC-SHA256" +
            $"&X-Amz-Credential={accessKey}%2F{day}%2F{region}%2Fcassandra%2Faws4_request" +
            $"&X-Amz-Date={encodedDate}" +
            "&X-Amz-Expires=900\n" +
            "host:cassandra\n\nhost\n" +
            Sha256Hex(nonce);
        var stringToSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{day}/{region}/cassandra/aws4_request\n{Sha256Hex(canonical)}";
        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secretKey), day);
        key = Hmac(key, region);
        key = Hmac(key, "cassandra");
        key = Hmac(key, "aws4_request");
        return Convert.ToHexString(Hmac(key, stringToSign)).ToLowerInvariant();
    }

    /// <summary>Parses a client token <c>k=v,k=v</c> into its fields.</summary>
    public static Dictionary<string, string> Fields(string token) =>
        token.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    private static string Sha256Hex(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TechShop.Snowflake.Secrets;

/// <summary>AWS Signature Version 4 (header form): canonical request, string to sign, derived key, Authorization header.</summary>
public static class AwsSigV4Signer
{
    public const string Algorithm = "AWS4-HMAC-SHA256";

    /// <summary>
    /// Adds <c>x-amz-date</c>, <c>x-amz-security-token</c> (temporary credentials) and <c>Authorization</c> to a
    /// request whose body is <paramref name="payload"/>; every header already on the request (and Content-Type) is signed.
    /// </summary>
    public static void Sign(HttpRequestMessage request, ReadOnlySpan<byte> payload, AwsCredentials credentials, string region, string service, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        var uri = request.RequestUri ?? throw new ArgumentException("The request has no URI.", nameof(request));
        var amzDate = utcNow.ToUniversalTime().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        request.Headers.Remove("x-amz-date");
        request.Headers.TryAddWithoutValidation("x-amz-date", amzDate);
        if (credentials.SessionToken is { } token)
        {
            request.Headers.Remove("x-amz-security-token");
            request.Headers.TryAddWithoutValidation("x-amz-security-token", token);
        }

        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["host"] = uri.IsDefaultPort ? uri.Host : uri.Host + ":" + uri.Port.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var header in request.Headers)
        {
            headers[header.Key.ToLowerInvariant()] = string.Join(",", header.Value.Select(v => v.Trim()));
        }

        if (request.Content?.Headers.ContentType is { } contentType)
        {
            headers["content-type"] = contentType.ToString();
        }

        headers.Remove("authorization");
        headers.Remove("user-agent");
        var canonical = CanonicalRequest(request.Method.Method, uri.AbsolutePath, CanonicalQuery(uri.Query), headers, Hex(SHA256.HashData(payload)), out var signedHeaders);
        var signature = Signature(credentials.SecretAccessKey, amzDate, region, service, canonical);
        var scope = $"{amzDate[..8]}/{region}/{service}/aws4_request";
        request.Headers.TryAddWithoutValidation("Authorization", $"{Algorithm} Credential={credentials.AccessKeyId}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}");
    }

    /// <summary>The canonical request text; <paramref name="headers"/> have lower-case names and sorted order.</summary>
    public static string CanonicalRequest(string method, string canonicalUri, string canonicalQuery, IReadOnlyDictionary<string, string> headers, string payloadHashHex, out string signedHeaders)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var names = headers.Keys.OrderBy(k => k, StringComparer.Ordinal).ToArray();
        signedHeaders = string.Join(";", names);
        var text = new StringBuilder();
        text.Append(method).Append('\n')
            .Append(string.IsNullOrEmpty(canonicalUri) ? "/" : canonicalUri).Append('\n')
            .Append(canonicalQuery).Append('\n');
        foreach (var name in names)
        {
            text.Append(name).Append(':').Append(headers[name]).Append('\n');
        }

        return text.Append('\n').Append(signedHeaders).Append('\n').Append(payloadHashHex).ToString();
    }

    /// <summary>The hex signature of a canonical request at <paramref name="amzDate"/> (<c>yyyyMMddTHHmmssZ</c>).</summary>
    public static string Signature(string secretAccessKey, string amzDate, string region, string service, string canonicalRequest)
    {
        ArgumentNullException.ThrowIfNull(amzDate);
        var day = amzDate[..8];
        var stringToSign = $"{Algorithm}\n{amzDate}\n{day}/{region}/{service}/aws4_request\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)))}";
        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secretAccessKey), day);
        key = Hmac(key, region);
        key = Hmac(key, service);
        key = Hmac(key, "aws4_request");
        return Hex(Hmac(key, stringToSign));
    }

    private static string CanonicalQuery(string query)
    {
        if (query.Length <= 1)
        {
            return "";
        }

        var pairs = query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => (Name: Encode(Uri.UnescapeDataString(p[0])), Value: Encode(Uri.UnescapeDataString(p.Length > 1 ? p[1] : ""))))
            .OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal);
        return string.Join("&", pairs.Select(p => p.Name + "=" + p.Value));
    }

    /// <summary>RFC 3986 encoding as SigV4 wants it: unreserved characters stay, everything else is %XX upper case.</summary>
    private static string Encode(string value) => Uri.EscapeDataString(value);

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}

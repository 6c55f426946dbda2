using System.Security.Cryptography;
using System.Text;
using Amazon.Runtime.Internal.Auth;
using TechShop.Snowflake.Secrets;

namespace TechShop.Snowflake.Tests;

public sealed class AwsSigV4SignerTests
{
    private const string SecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    [Fact]
    public void Signature_ShouldMatchAwsPublishedGetVanillaVector()
    {
        var headers = new Dictionary<string, string> { ["host"] = "example.amazonaws.com", ["x-amz-date"] = "20150830T123600Z" };
        var canonical = AwsSigV4Signer.CanonicalRequest("GET", "/", "", headers, Convert.ToHexStringLower(SHA256.HashData([])), out var signedHeaders);

        var signature = AwsSigV4Signer.Signature(SecretKey, "20150830T123600Z", "us-east-1", "service", canonical);

        Assert.Equal("host;x-amz-date", signedHeaders);
        Assert.Equal("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31", signature);
    }

    [Fact]
    public void Sign_ShouldProduceTheSignatureAwssdkComputesForTheSameCanonicalRequest()
    {
        var payload = Encoding.UTF8.GetBytes("""{"SecretId":"arn:aws:secretsmanager:eu-west-1:111122223333:secret:techshop/snowflake-AbCdEf"}""");
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://secretsmanager.eu-west-1.amazonaws.com/") { Content = new ByteArrayContent(payload) };
        request.Content.Headers.ContentType = new("application/x-amz-json-1.1");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "secretsmanager.GetSecretValue");
        var at = new DateTime(2026, 3, 1, 8, 15, 30, DateTimeKind.Utc);

        AwsSigV4Signer.Sign(request, payload, new AwsCredentials("AKIDEXAMPLE", SecretKey, "session-token-1"), "eu-west-1", "secretsmanager", at);

        // Independent: the canonical request written out by hand, signed by AWSSDK.Core's own SigV4 implementation.
        var canonical = string.Join('\n',
            "POST", "/", "",
            "content-type:application/x-amz-json-1.1",
            "host:secretsmanager.eu-west-1.amazonaws.com",
            "x-amz-date:20260301T081530Z",
            "x-amz-security-token:session-token-1",
            "x-amz-target:secretsmanager.GetSecretValue",
            "",
            "content-type;host;x-amz-date;x-amz-security-token;x-amz-target",
            Convert.ToHexStringLower(SHA256.HashData(payload)));
        var expected = AWS4Signer.ComputeSignature("AKIDEXAMPLE", SecretKey, "eu-west-1", at, "secretsmanager", "content-type;host;x-amz-date;x-amz-security-token;x-amz-target", canonical);
        Assert.Equal(
            $"AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260301/eu-west-1/secretsmanager/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target, Signature={expected.Signature}",
            request.Headers.GetValues("Authorization").Single());
        Assert.Equal("20260301T081530Z", request.Headers.GetValues("x-amz-date").Single());
    }
}

using Amazon.Runtime;
using TechShop.Keyspaces.Auth;
using TechShop.Keyspaces.Tests.Server;

namespace TechShop.Keyspaces.Tests.Auth;

public sealed class SigV4SignatureTests
{
    private const string Nonce = "0123456789abcdef0123456789abcdef";
    private const string Secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 8, 15, 30, 412, TimeSpan.Zero);

    [Fact]
    public void Signature_ForAFixedNonceKeyAndTime_ShouldMatchTheKnownAnswer()
    {
        // Known answer computed outside .NET (Python hashlib/hmac) from the recipe in PROTOCOLS.md §5.2.
        var signature = SigV4Signature.Signature(Nonce, "AKIDEXAMPLE", Secret, "us-east-1", Now.UtcDateTime);

        Assert.Equal("766b2d18c7fef1b99953f7e4744b39c316c53eb2d3a369c7ae3fb6ea53507904", signature);
        Assert.Equal(IndependentSigV4.Signature(Nonce, "AKIDEXAMPLE", Secret, "us-east-1", "2026-03-01T08:15:30.412Z"), signature);
    }

    [Fact]
    public void Response_WithPermanentCredentials_ShouldListSignatureAccessKeyAndDateOnly()
    {
        var response = SigV4Signature.Response(Nonce, new ImmutableCredentials("AKIDEXAMPLE", Secret, null), "US-EAST-1", Now);

        Assert.Equal(
            "signature=766b2d18c7fef1b99953f7e4744b39c316c53eb2d3a369c7ae3fb6ea53507904,access_key=AKIDEXAMPLE,amzdate=2026-03-01T08:15:30.412Z",
            response);
    }

    [Fact]
    public void Response_WithTemporaryCredentials_ShouldAppendTheSessionToken()
    {
        var response = SigV4Signature.Response(Nonce, new ImmutableCredentials("ASIAEXAMPLE", Secret, "token/with+chars"), "eu-west-1", Now);

        Assert.EndsWith(",session_token=token/with+chars", response, StringComparison.Ordinal);
        Assert.Equal(
            IndependentSigV4.Signature(Nonce, "ASIAEXAMPLE", Secret, "eu-west-1", "2026-03-01T08:15:30.412Z"),
            IndependentSigV4.Fields(response)["signature"]);
    }

    [Theory]
    [InlineData("nonce=abc", "abc")]
    [InlineData("realm=x,nonce=abc,other=y", "abc")]
    [InlineData("other=y", null)]
    public void Nonce_ShouldTakeTheValueUpToTheNextComma(string challenge, string? expected)
    {
        Assert.Equal(expected, SigV4Signature.Nonce(challenge));
    }

    [Fact]
    public async Task EvaluateChallenge_WhenNonceIsNot32Characters_ShouldThrowAuthenticationError()
    {
        var authenticator = new SigV4Authenticator(new BasicAWSCredentials("AKIDEXAMPLE", Secret), "us-east-1");

        var error = await Assert.ThrowsAsync<Errors.CqlAuthenticationException>(
            async () => await authenticator.EvaluateChallengeAsync("nonce=short"u8.ToArray(), CancellationToken.None));

        Assert.Contains("nonce=<32 characters>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitialResponse_ShouldBeSigV4FollowedByTwoZeroBytes()
    {
        var authenticator = new SigV4Authenticator(new BasicAWSCredentials("AKIDEXAMPLE", Secret), "us-east-1");

        var token = await authenticator.InitialResponseAsync("com.amazonaws.cassandra.auth.SigV4Authenticator", CancellationToken.None);

        Assert.Equal("53696756340000", Convert.ToHexString(token));
    }

    [Fact]
    public void PlainText_Token_ShouldBeNulUserNulPassword()
    {
        Assert.Equal("00616C69636500707764", Convert.ToHexString(PlainTextAuthenticator.Token("alice", "pwd")));
    }
}
